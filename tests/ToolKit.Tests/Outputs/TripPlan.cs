using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace ToolKit.Tests.Outputs;

/// <summary>A trip plan.</summary>
/// <param name="City">Where the trip goes.</param>
/// <param name="Days">The plan for each day.</param>
/// <param name="BudgetEur">The budget in euros, if any.</param>
[StructuredOutput]
public sealed partial record TripPlan(string City, IReadOnlyList<DayPlan> Days, [property: Range(0, 100000)] decimal? BudgetEur = null);

/// <summary>One day of a trip.</summary>
/// <param name="Day">Day number, from 1.</param>
/// <param name="Activities">What to do.</param>
public sealed record DayPlan([property: Range(1, 30)] int Day, [property: Description("What to do that day.")] IReadOnlyList<string> Activities);
