using System.Text.Json;
using ToolKit.OpenRouter.Models;
using static ToolKit.OpenRouter.Serialization.WireJsonReading;

namespace ToolKit.OpenRouter.Serialization;

/// <summary>
/// Reads <c>usage</c> by hand for <see cref="ChatCompletionReader"/> and <see cref="ChatCompletionChunkReader"/>: the
/// same objects as the generated metadata builds, without the frame stack the serializer allocates for its nested
/// details (it is on every response and on the last chunk of every stream).
/// </summary>
internal static class CompletionUsageReader
{
    /// <summary>Reads the <c>usage</c> value after its property name; <see langword="null"/> for JSON <c>null</c>.</summary>
    public static CompletionUsage? Read(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject, "$.usage");
        var usage = new CompletionUsage();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("prompt_tokens"u8))
            {
                reader.Read();
                usage.PromptTokens = ReadInt32(ref reader, "$.usage.prompt_tokens", 0);
            }
            else if (reader.ValueTextEquals("completion_tokens"u8))
            {
                reader.Read();
                usage.CompletionTokens = ReadInt32(ref reader, "$.usage.completion_tokens", 0);
            }
            else if (reader.ValueTextEquals("total_tokens"u8))
            {
                reader.Read();
                usage.TotalTokens = ReadInt32(ref reader, "$.usage.total_tokens", 0);
            }
            else if (reader.ValueTextEquals("cost"u8))
            {
                usage.Cost = ReadNullableDecimal(ref reader, "$.usage.cost");
            }
            else if (reader.ValueTextEquals("is_byok"u8))
            {
                usage.IsByok = ReadNullableBoolean(ref reader, "$.usage.is_byok");
            }
            else if (reader.ValueTextEquals("prompt_tokens_details"u8))
            {
                usage.PromptTokensDetails = ReadPromptTokensDetails(ref reader);
            }
            else if (reader.ValueTextEquals("completion_tokens_details"u8))
            {
                usage.CompletionTokensDetails = ReadCompletionTokensDetails(ref reader);
            }
            else if (reader.ValueTextEquals("cost_details"u8))
            {
                usage.CostDetails = ReadCostDetails(ref reader);
            }
            else
            {
                usage.AdditionalProperties = ReadExtension(ref reader, usage.AdditionalProperties);
            }
        }

        return usage;
    }

    // The three detail types keep no unknown members (image_tokens, for one): the serializer skips them too.
    private static PromptTokensDetails? ReadPromptTokensDetails(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject, "$.usage.prompt_tokens_details");
        var details = new PromptTokensDetails();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("cached_tokens"u8))
            {
                details.CachedTokens = ReadNullableInt32(ref reader, "$.usage.prompt_tokens_details.cached_tokens", 0, 0);
            }
            else if (reader.ValueTextEquals("cache_write_tokens"u8))
            {
                details.CacheWriteTokens = ReadNullableInt32(ref reader, "$.usage.prompt_tokens_details.cache_write_tokens", 0, 0);
            }
            else if (reader.ValueTextEquals("audio_tokens"u8))
            {
                details.AudioTokens = ReadNullableInt32(ref reader, "$.usage.prompt_tokens_details.audio_tokens", 0, 0);
            }
            else if (reader.ValueTextEquals("video_tokens"u8))
            {
                details.VideoTokens = ReadNullableInt32(ref reader, "$.usage.prompt_tokens_details.video_tokens", 0, 0);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return details;
    }

    private static CompletionTokensDetails? ReadCompletionTokensDetails(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject, "$.usage.completion_tokens_details");
        var details = new CompletionTokensDetails();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("reasoning_tokens"u8))
            {
                details.ReasoningTokens = ReadNullableInt32(ref reader, "$.usage.completion_tokens_details.reasoning_tokens", 0, 0);
            }
            else if (reader.ValueTextEquals("audio_tokens"u8))
            {
                details.AudioTokens = ReadNullableInt32(ref reader, "$.usage.completion_tokens_details.audio_tokens", 0, 0);
            }
            else if (reader.ValueTextEquals("accepted_prediction_tokens"u8))
            {
                details.AcceptedPredictionTokens = ReadNullableInt32(ref reader, "$.usage.completion_tokens_details.accepted_prediction_tokens", 0, 0);
            }
            else if (reader.ValueTextEquals("rejected_prediction_tokens"u8))
            {
                details.RejectedPredictionTokens = ReadNullableInt32(ref reader, "$.usage.completion_tokens_details.rejected_prediction_tokens", 0, 0);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return details;
    }

    private static CostDetails? ReadCostDetails(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject, "$.usage.cost_details");
        var details = new CostDetails();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("upstream_inference_cost"u8))
            {
                details.UpstreamInferenceCost = ReadNullableDecimal(ref reader, "$.usage.cost_details.upstream_inference_cost");
            }
            else if (reader.ValueTextEquals("upstream_inference_prompt_cost"u8))
            {
                details.UpstreamInferencePromptCost = ReadNullableDecimal(ref reader, "$.usage.cost_details.upstream_inference_prompt_cost");
            }
            else if (reader.ValueTextEquals("upstream_inference_completions_cost"u8))
            {
                details.UpstreamInferenceCompletionsCost = ReadNullableDecimal(ref reader, "$.usage.cost_details.upstream_inference_completions_cost");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return details;
    }
}
