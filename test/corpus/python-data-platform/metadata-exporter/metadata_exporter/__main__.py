"""python -m metadata_exporter: writes jobs and projects as JSON lines."""
import asyncio
import json
import sys

from .admin import AdminClientV3


async def export() -> None:
    client = AdminClientV3()
    try:
        for job in await client.jobs():
            sys.stdout.write(json.dumps({"kind": "job", **job}) + "\n")
        for project in await client.projects():
            sys.stdout.write(json.dumps({"kind": "project", **project}) + "\n")
    finally:
        await client.aclose()


asyncio.run(export())
