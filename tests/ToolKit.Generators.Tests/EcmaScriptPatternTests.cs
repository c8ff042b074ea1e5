using ToolKit.Generators.Rules;

namespace ToolKit.Generators.Tests;

/// <summary>The portability check behind TK0019, construct by construct.</summary>
public sealed class EcmaScriptPatternTests
{
    [Theory]
    [InlineData("^[A-Z]{3}-[0-9]{4}$")]
    [InlineData(@"^\d+(\.\d+)?$")]
    [InlineData("^(?:ab|cd)+$")]
    [InlineData("^(?=.*[0-9])(?!.*x).{8,}$")]
    [InlineData(@"^\w+@\w+\.\w+$")]
    [InlineData(@"(a)\1")]
    [InlineData(@"[+*?]")]
    [InlineData(@"\++")]
    [InlineData(@"^[^\]]*$")]
    [InlineData(@"a{2,}?")]
    public void Portable_patterns_pass(string pattern) => Assert.Null(EcmaScriptPattern.Check(pattern));

    [Theory]
    [InlineData("(?<=a)b", "lookbehind")]
    [InlineData("(?<!a)b", "lookbehind")]
    [InlineData("(?<name>a)", "named groups")]
    [InlineData("(?'name'a)", "named groups")]
    [InlineData("(?>a)", "atomic groups")]
    [InlineData(@"\p{L}", "Unicode categories")]
    [InlineData(@"[\P{Lu}]", "Unicode categories")]
    [InlineData("a++", "possessive")]
    [InlineData("a{2}+", "possessive")]
    [InlineData("(?i)abc", "inline options")]
    [InlineData("(?m:^a)", "inline options")]
    [InlineData(@"\Aabc\z", "anchor")]
    [InlineData("(?(a)b|c)", "conditional")]
    [InlineData("a(?#note)b", "inline comments")]
    [InlineData("[a-z-[aeiou]]", "subtraction")]
    [InlineData(@"(?<x>a)\k<x>", "named groups")]
    [InlineData("[a-", "not a valid regular expression")]
    public void Net_only_and_broken_patterns_are_named(string pattern, string expected) =>
        Assert.Contains(expected, EcmaScriptPattern.Check(pattern), StringComparison.Ordinal);
}
