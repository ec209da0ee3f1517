"""``discourse schema``: the JSON Schema of a scored record."""

from __future__ import annotations

import json

from discourse.cli.app import app


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema every analyzed record validates against."""
    from discourse.io.record import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
