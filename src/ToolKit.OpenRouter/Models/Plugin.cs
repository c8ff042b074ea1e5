using System.Text.Json;
using System.Text.Json.Serialization;
using ToolKit.OpenRouter.Internal;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// An entry of <c>plugins</c>, identified by <see cref="Id"/> (<c>web</c>, <c>file-parser</c>,
/// <c>response-healing</c>, <c>moderation</c>, ...). Plugin settings go in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class Plugin
{
    /// <summary>The plugin id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; set; }

    /// <summary>The plugin's settings, for example <c>max_results</c> for <c>web</c>.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A plugin with no settings.</summary>
    public static Plugin Create(string id) => new() { Id = id };

    /// <summary>The web search plugin (the same as the <c>:online</c> model suffix).</summary>
    /// <param name="maxResults">How many results to add to the prompt; OpenRouter's default is 5.</param>
    /// <param name="searchPrompt">The text that introduces the results in the prompt.</param>
    public static Plugin CreateWeb(int? maxResults = null, string? searchPrompt = null)
    {
        var plugin = new Plugin { Id = "web" };
        if (maxResults is not null || searchPrompt is not null)
        {
            var settings = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (maxResults is { } max)
            {
                settings["max_results"] = JsonValues.From(max);
            }

            if (searchPrompt is not null)
            {
                settings["search_prompt"] = JsonValues.From(searchPrompt);
            }

            plugin.AdditionalProperties = settings;
        }

        return plugin;
    }
}
