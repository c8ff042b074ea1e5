using Microsoft.CodeAnalysis;
using ToolKit.Generators.Tests.Infrastructure;
using static ToolKit.Generators.Tests.Infrastructure.AnalyzerVerifier;

namespace ToolKit.Generators.Tests;

/// <summary>
/// A valid tool set that uses every supported feature — each row of the type table, every parameter bound by type,
/// every [Tool] setting, DataAnnotations, descriptions from XML and attributes, a static tool type, a structured
/// output and ToolSet.Combine — raises no diagnostic. Guards every rule against false positives at once.
/// </summary>
public sealed class KitchenSinkTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel;
        using System.ComponentModel.DataAnnotations;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;
        using ToolKit;

        namespace KitchenSink;

        /// <summary>Temperature units.</summary>
        public enum Unit
        {
            /// <summary>Degrees Celsius.</summary>
            Celsius,

            /// <summary>Degrees Fahrenheit.</summary>
            [JsonStringEnumMemberName("F")]
            Fahrenheit,
        }

        /// <summary>What a key may do.</summary>
        [Flags]
        public enum Access { None = 0, Read = 1, Write = 2 }

        /// <summary>A booking request.</summary>
        /// <param name="Hotel">The hotel name.</param>
        /// <param name="CheckIn">The first night.</param>
        /// <param name="Nights">How many nights, 1 to 30.</param>
        /// <param name="Guests">Guest e-mail addresses.</param>
        public sealed record Booking(
            string Hotel,
            DateOnly CheckIn,
            [Range(1, 30)] int Nights = 1,
            [property: MaxLength(4)] List<string>? Guests = null);

        /// <summary>A contact, bound through settable properties.</summary>
        public sealed class Contact
        {
            /// <summary>The full name.</summary>
            public required string Name { get; set; }

            /// <summary>An e-mail address.</summary>
            [EmailAddress]
            public string? Email { get; set; }

            /// <summary>A home page.</summary>
            [Url]
            public string? Homepage { get; set; }

            /// <summary>The country code, two letters.</summary>
            [StringLength(2, MinimumLength = 2), RegularExpression("^[A-Z]{2}$")]
            [JsonPropertyName("country_code")]
            public string Country { get; set; } = "FR";

            /// <summary>Not sent to the model.</summary>
            [JsonIgnore]
            public string Secret { get; set; } = "";
        }

        /// <summary>A struct with a constructor.</summary>
        /// <param name="Latitude">Degrees north.</param>
        /// <param name="Longitude">Degrees east.</param>
        public readonly record struct Coordinate([Range(-90.0, 90.0)] double Latitude, [Range(-180.0, 180.0)] double Longitude);

        /// <summary>A folder tree.</summary>
        /// <param name="Name">The folder name.</param>
        /// <param name="Children">Sub-folders.</param>
        public sealed record Folder(string Name, List<Folder>? Children = null);

        /// <summary>A clock service.</summary>
        public interface IClock
        {
            /// <summary>The current time.</summary>
            DateTimeOffset Now { get; }
        }

        /// <summary>A trip plan the model returns.</summary>
        /// <param name="City">Where the trip goes.</param>
        /// <param name="Days">Activities per day.</param>
        /// <param name="Budget">The budget in euros.</param>
        [StructuredOutput(Name = "trip_plan")]
        public sealed partial record TripPlan(string City, IReadOnlyList<string> Days, [property: Range(0, 100000)] decimal? Budget = null);

        /// <summary>Every type-table row and parameter kind.</summary>
        public sealed partial class EverythingTools
        {
            /// <summary>Gets the weather forecast for a city.</summary>
            /// <param name="city">The city, for example "Paris".</param>
            /// <param name="days">How many days ahead, 1 to 7.</param>
            /// <param name="unit">The temperature unit.</param>
            /// <param name="cancellationToken">Stops the request.</param>
            /// <returns>A short text forecast.</returns>
            [Tool(Idempotent = true, TimeoutSeconds = 10)]
            public async Task<string> GetForecastAsync(string city, [Range(1, 7)] int days = 3, Unit unit = Unit.Celsius,
                CancellationToken cancellationToken = default)
            {
                await Task.Delay(0, cancellationToken);
                return $"{city}:{days}:{unit}";
            }

            /// <summary>Books a hotel room.</summary>
            /// <param name="booking">What to book.</param>
            /// <param name="guest">Who stays.</param>
            /// <param name="context">The call context.</param>
            /// <param name="clock">Tells the booking time.</param>
            /// <param name="services">Other services.</param>
            [Tool(Name = "book_hotel", RequiresApproval = true, Sequential = true)]
            public string BookHotel(Booking booking, Contact guest, ToolContext context, [FromServices] IClock clock, IServiceProvider services) =>
                booking.Hotel;

            /// <summary>Records one measurement of every scalar kind.</summary>
            /// <param name="text">Free text.</param>
            /// <param name="letter">One character.</param>
            /// <param name="flag">A yes/no answer.</param>
            /// <param name="small">A signed byte.</param>
            /// <param name="count">A count.</param>
            /// <param name="big">A large number.</param>
            /// <param name="ratio">A ratio between 0 and 1.</param>
            /// <param name="price">A price in euros.</param>
            /// <param name="at">When it happened.</param>
            /// <param name="atOffset">When it happened, with an offset.</param>
            /// <param name="day">The day.</param>
            /// <param name="time">The time of day.</param>
            /// <param name="duration">How long it took.</param>
            /// <param name="id">A unique id.</param>
            /// <param name="source">Where it came from.</param>
            /// <param name="access">What the key may do.</param>
            [Tool]
            public string Record(string text, char letter, bool flag, sbyte small, [Range(0, 100)] int count, ulong big,
                [Range(0.0, 1.0, MaximumIsExclusive = true)] double ratio, decimal price, DateTime at, DateTimeOffset atOffset, DateOnly day,
                TimeOnly time, TimeSpan duration, Guid id, Uri source, Access access = Access.Read) => text;

            /// <summary>Echoes collections and nullable values.</summary>
            /// <param name="tags">Tags, at most five.</param>
            /// <param name="unique">Distinct numbers.</param>
            /// <param name="grid">Rows of numbers.</param>
            /// <param name="maybe">An optional number.</param>
            /// <param name="note">An optional note.</param>
            /// <param name="where">An optional place.</param>
            /// <returns>The number of tags.</returns>
            [Tool]
            public int Collections([MaxLength(5)] List<string> tags, HashSet<int> unique, int[][] grid, int? maybe = null, string? note = null,
                Coordinate? where = null) => tags.Count;

            // Free-form JSON, open dictionaries and recursive types are supported; the last two draw TK0008 because
            // Google Gemini rejects their schemas, which this tool set does not target.
        #pragma warning disable TK0008
            /// <summary>Stores any JSON under names.</summary>
            /// <param name="payload">Any JSON.</param>
            /// <param name="node">Any JSON node.</param>
            /// <param name="labels">Labels by key.</param>
            /// <param name="root">A folder tree.</param>
            [Tool]
            public JsonElement Store(JsonElement payload, JsonNode? node, Dictionary<string, int> labels, Folder root) => payload;
        #pragma warning restore TK0008

            /// <summary>Searches in strict mode.</summary>
            /// <param name="query">What to look for.</param>
            /// <param name="limit">How many results, 10 by default.</param>
            /// <param name="language">A language code, or null for all.</param>
            /// <param name="booking">Narrows the search to a booking.</param>
            /// <param name="cancellationToken">Stops the search.</param>
            [Tool(Strict = true)]
            public ValueTask<IReadOnlyList<string>> Search([StringLength(200, MinimumLength = 1)] string query, [Range(1, 50)] int? limit = 10,
                string? language = null, Booking? booking = null, CancellationToken cancellationToken = default) =>
                new(new[] { query });

            /// <summary>Returns a result as it is.</summary>
            [Tool, Description("Returns a fixed result, to show ToolResult passthrough.")]
            public ToolResult Fixed() => ToolResult.Text("fixed");
        }

        /// <summary>Static tools.</summary>
        public static partial class MathTools
        {
            /// <summary>Adds two numbers.</summary>
            /// <param name="a">The first addend.</param>
            /// <param name="b">The second addend.</param>
            [Tool]
            public static double Add(double a, double b) => a + b;
        }

        /// <summary>Combines the sets.</summary>
        public static class Setup
        {
            /// <summary>All tools.</summary>
            public static IToolSet All() => ToolSet.Combine([new EverythingTools(), MathTools.ToolSet]);
        }
        """;

    [Fact]
    public async Task Every_supported_feature_together_raises_no_diagnostic() => await VerifyCleanAsync(Source);

    [Fact]
    public async Task The_suppressed_TK0008_warnings_are_really_there()
    {
        // Without the pragma the two Gemini warnings appear: the clean result above is not an accident.
        IReadOnlyList<Diagnostic> diagnostics = await AnalyzeAsync(Source.Replace("#pragma warning disable TK0008", "", StringComparison.Ordinal));

        Assert.Equal(["TK0008", "TK0008"], diagnostics.Where(d => d.Severity > DiagnosticSeverity.Hidden).Select(d => d.Id));
    }

    [Fact]
    public void Every_tool_and_the_output_are_generated()
    {
        GeneratorOutput output = TestCompilation.Generate(TestCompilation.Create(Source));

        output.AssertCompilesWithoutErrors();
        string all = string.Concat(output.Sources.Select(s => s.Text));
        foreach (string tool in new[] { "get_forecast", "book_hotel", "record", "collections", "store", "search", "fixed", "add" })
        {
            Assert.Contains($"\"{tool}\"", all, StringComparison.Ordinal);
        }

        Assert.Contains("OutputSchema", all, StringComparison.Ordinal);
    }
}
