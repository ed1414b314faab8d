"""Writes DIR/compile_commands.json for the given C and C++ sources, with the
test tree's stand-in library headers on the include path, as CMake would."""
import json
import os
import sys

include = os.path.join(os.path.dirname(os.path.abspath(__file__)), "include")
directory, sources = sys.argv[1], sys.argv[2:]
commands = []
for source in sources:
    source = os.path.abspath(source)
    compiler = ["cc", "-std=c11"] if source.endswith(".c") else ["c++", "-std=c++17"]
    commands.append({
        "directory": os.path.dirname(source),
        "file": source,
        "arguments": compiler + ["-I" + include, "-c", source, "-o", source + ".o"],
    })
with open(os.path.join(directory, "compile_commands.json"), "w") as out:
    json.dump(commands, out, indent=2)
