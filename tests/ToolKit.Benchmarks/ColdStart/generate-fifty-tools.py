#!/usr/bin/env python3
"""Writes FiftyTools.cs: 50 [Tool] methods (10 verbs x 5 nouns) with a mix of parameter and return types.

Run from anywhere: python3 tests/ToolKit.Benchmarks/ColdStart/generate-fifty-tools.py
The output is checked in; nothing here runs at build or run time.
"""
import pathlib

VERBS = ["Get", "List", "Search", "Create", "Update", "Delete", "Archive", "Restore", "Count", "Export"]
NOUNS = ["Order", "Customer", "Invoice", "Product", "Shipment"]

# (C# parameter declaration, description). Each tool takes an id plus 2 to 4 of these, picked in a rotation
# that gives 12 different combinations.
EXTRA = [
    ('[Range(1, 100)] int limit = 20', "How many records to return, 1 to 100."),
    ("SortOrder order = SortOrder.Newest", "The order of the records."),
    ("bool includeArchived = false", "Whether archived records are included."),
    ("ListFilter? filter = null", "Narrows the records down."),
    ("DateWindow? window = null", "Only records changed in this window."),
    ("List<string>? tags = null", "Tags to match."),
    ("ContactInfo? contact = null", "Who to notify."),
    ("double? minAmount = null", "Smallest amount in EUR."),
    ("RecordStatus status = RecordStatus.Active", "The state to set or match."),
    ("Guid? correlationId = null", "An id to trace the call by."),
    ("[StringLength(500)] string? note = null", "A note to keep with the change."),
    ("TimeSpan? timeout = null", "How long to wait."),
]

RETURNS = [
    ("RecordSummary", 'new RecordSummary(id, "{noun} " + id, RecordStatus.Active, DateTimeOffset.UnixEpoch, 10m)'),
    ("RecordPage", "new RecordPage([], null)"),
    ("string", '"{verb} {noun} " + id'),
    ("int", "id.Length"),
    ("bool", "id.Length > 0"),
]


def main() -> None:
    lines = [
        "// Written by generate-fifty-tools.py: 50 tools for the cold-start probe. Do not edit; re-run the script.",
        "using System.ComponentModel;",
        "using System.ComponentModel.DataAnnotations;",
        "",
        "namespace ToolKit.Benchmarks.ColdStart;",
        "",
        "/// <summary>Fifty tools over five kinds of business records.</summary>",
        "public sealed partial class FiftyTools",
        "{",
    ]
    delegates = []
    index = 0
    for v, verb in enumerate(VERBS):
        for n, noun in enumerate(NOUNS):
            name = f"{verb}{noun}"
            ret_type, ret_expr = RETURNS[index % len(RETURNS)]
            params = [f'[Description("The {noun.lower()} id or a search text.")] string id']
            for k in range(2 + index % 3):
                decl, desc = EXTRA[(index * 5 + k * 3) % len(EXTRA)]
                params.append(f'[Description("{desc}")] {decl}')
            lines.append(f'    [Tool]')
            lines.append(f'    [Description("{verb}s {noun.lower()} records (tool {index + 1} of 50).")]')
            lines.append(f"    public {ret_type} {name}(")
            lines.append(",\n".join("        " + p for p in params) + ")")
            lines.append("        => " + ret_expr.format(verb=verb, noun=noun) + ";")
            lines.append("")
            delegates.append(name)
            index += 1

    lines.append("    /// <summary>The 50 tool methods as delegates, for <c>AIFunctionFactory.Create</c>.</summary>")
    lines.append("    public Delegate[] ToolDelegates() =>")
    lines.append("    [")
    lines.extend(f"        {d}," for d in delegates)
    lines.append("    ];")
    lines.append("}")
    out = pathlib.Path(__file__).with_name("FiftyTools.cs")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
