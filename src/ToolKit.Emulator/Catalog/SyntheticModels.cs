using System.Buffers;
using System.Text.Json;

namespace ToolKit.Emulator.Catalog;

/// <summary>The <c>emulator/…</c> models: not in the capture, written in the same shape as its entries.</summary>
internal static class SyntheticModels
{
    public const string DefaultId = "emulator/default";
    public const string NoToolsId = "emulator/no-tools";
    public const string SmallContextId = "emulator/small-context";

    private static readonly string[] WithTools =
    [
        "max_tokens", "temperature", "top_p", "stop", "seed", "tools", "tool_choice", "parallel_tool_calls",
        "response_format", "structured_outputs",
    ];

    /// <summary>The base synthetic models, keyed by id.</summary>
    public static IReadOnlyList<CatalogModel> Create() =>
    [
        Build(DefaultId, DefaultId + "-20251202", "Emulator: Default", 131072, WithTools),
        Build(NoToolsId, NoToolsId + "-20251202", "Emulator: No Tools",
            131072, WithTools.Where(p => p is not ("tools" or "tool_choice" or "parallel_tool_calls")).ToArray()),
        Build(SmallContextId, SmallContextId + "-20251202", "Emulator: Small Context", 256, WithTools),
    ];

    /// <summary>A model like emulator/default under another id (fault ids and scripted ids).</summary>
    public static CatalogModel Like(string id, string canonicalSlug, EmulatorFault? fault)
    {
        var model = Build(id, canonicalSlug, "Emulator: " + id, 131072, WithTools);
        return fault is null ? model : CloneWithFault(model, fault);
    }

    private static CatalogModel CloneWithFault(CatalogModel model, EmulatorFault fault) => new()
    {
        Id = model.Id,
        CanonicalSlug = model.CanonicalSlug,
        Name = model.Name,
        ContextLength = model.ContextLength,
        MaxCompletionTokens = model.MaxCompletionTokens,
        PromptPrice = model.PromptPrice,
        CompletionPrice = model.CompletionPrice,
        RequestPrice = model.RequestPrice,
        SupportedParameters = model.SupportedParameters,
        Json = model.Json,
        IsSynthetic = true,
        Fault = fault,
    };

    private static CatalogModel Build(string id, string canonical, string name, long context, string[] parameters)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("canonical_slug", canonical);
            w.WriteString("hugging_face_id", "");
            w.WriteString("name", name);
            w.WriteNumber("created", 1764633600);
            w.WriteString("description", "A synthetic model of the ToolKit OpenRouter emulator (deterministic default behaviour).");
            w.WriteNumber("context_length", context);
            w.WriteStartObject("architecture");
            w.WriteString("modality", "text->text");
            w.WriteStartArray("input_modalities");
            w.WriteStringValue("text");
            w.WriteEndArray();
            w.WriteStartArray("output_modalities");
            w.WriteStringValue("text");
            w.WriteEndArray();
            w.WriteString("tokenizer", "Other");
            w.WriteNull("instruct_type");
            w.WriteEndObject();
            w.WriteStartObject("pricing");
            w.WriteString("prompt", "0.000001");
            w.WriteString("completion", "0.000002");
            w.WriteString("request", "0");
            w.WriteString("image", "0");
            w.WriteEndObject();
            w.WriteStartObject("top_provider");
            w.WriteNumber("context_length", context);
            w.WriteNull("max_completion_tokens");
            w.WriteBoolean("is_moderated", false);
            w.WriteEndObject();
            w.WriteNull("per_request_limits");
            w.WriteStartArray("supported_parameters");
            foreach (var p in parameters)
            {
                w.WriteStringValue(p);
            }

            w.WriteEndArray();
            w.WriteNull("default_parameters");
            w.WriteEndObject();
        }

        // Cloned so the element owns its memory and needs no live JsonDocument.
        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        return CatalogModel.FromJson(doc.RootElement.Clone(), synthetic: true);
    }
}
