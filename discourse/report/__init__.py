"""Reports for people: Markdown (one record, press-review digest), HTML, plots."""
