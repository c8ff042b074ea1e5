using System.ComponentModel.DataAnnotations;
using ToolKit;

namespace QuickStart;

/// <summary>A trip plan: the typed final output of the second run.</summary>
/// <param name="City">Where the trip goes.</param>
/// <param name="Days">The plan for each day.</param>
/// <param name="Tips">Practical advice for the trip.</param>
[StructuredOutput]
public sealed partial record TripPlan(string City, IReadOnlyList<TripDay> Days, IReadOnlyList<string> Tips);

/// <summary>One day of the trip.</summary>
/// <param name="Day">The day number, from 1.</param>
/// <param name="Morning">What to do in the morning.</param>
/// <param name="Afternoon">What to do in the afternoon.</param>
public sealed record TripDay([property: Range(1, 14)] int Day, string Morning, string Afternoon);
