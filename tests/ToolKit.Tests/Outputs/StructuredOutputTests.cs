using System.Text;
using System.Text.Json.Nodes;

namespace ToolKit.Tests.Outputs;

public sealed class StructuredOutputTests
{
    [Fact]
    public void The_output_schema_is_a_strict_object_schema_built_at_compile_time()
    {
        JsonNode schema = JsonNode.Parse(Encoding.UTF8.GetString(TripPlan.OutputSchema.Span))!;

        Assert.Equal("trip_plan", TripPlan.OutputName);
        Assert.True(TripPlan.OutputStrict);
        Assert.Equal("object", (string?)schema["type"]);
        Assert.False((bool)schema["additionalProperties"]!);
        Assert.Equal(["city", "days", "budget_eur"], schema["required"]!.AsArray().Select(n => (string?)n));
        Assert.Equal("""["number","null"]""", schema["properties"]!["budget_eur"]!["type"]!.ToJsonString());
        JsonNode day = schema["properties"]!["days"]!["items"]!;
        Assert.Equal(["day", "activities"], day["required"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(1, (int)day["properties"]!["day"]!["minimum"]!);
    }

    [Fact]
    public void A_valid_answer_binds()
    {
        bool ok = TripPlan.TryParseOutput("""{"city":"Rome","days":[{"day":1,"activities":["Colosseum"]}],"budget_eur":null}""", out TripPlan plan, out var errors);

        Assert.True(ok, string.Join("\n", errors));
        Assert.Equal("Rome", plan.City);
        Assert.Equal("Colosseum", Assert.Single(Assert.Single(plan.Days).Activities));
        Assert.Null(plan.BudgetEur);
    }

    [Fact]
    public void An_invalid_answer_lists_every_problem_with_its_path()
    {
        bool ok = TripPlan.TryParseOutput("""{"city":"Rome","days":[{"day":0,"activities":"Colosseum"}],"notes":"x"}""", out _, out var errors);

        Assert.False(ok);
        Assert.Equal(
            [
                "$.days[0].day: expected an integer from 1 to 30, got 0",
                "$.days[0].activities: expected an array, got \"Colosseum\"",
                "$.notes: unknown property; expected one of: city, days, budget_eur",
            ],
            errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Written_output_binds_back_to_an_equal_value()
    {
        var plan = new TripPlan("Oslo", [new DayPlan(1, ["Fjord"])], 1200m);

        string json = TripPlan.ToOutputJson(plan);
        Assert.True(TripPlan.TryParseOutput(json, out TripPlan back, out _));

        Assert.Equal("""{"city":"Oslo","days":[{"day":1,"activities":["Fjord"]}],"budget_eur":1200}""", json);
        Assert.Equal(plan.City, back.City);
        Assert.Equal(plan.BudgetEur, back.BudgetEur);
    }
}
