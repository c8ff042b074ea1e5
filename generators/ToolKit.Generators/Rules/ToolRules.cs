namespace ToolKit.Generators.Rules;

/// <summary>Runs every rule over one parsed tool or structured output. The parser's own checks run before, in the parser.</summary>
internal static class ToolRules
{
    public static void Run(RuleContext context)
    {
        SchemaShape shape = SchemaShape.Measure(context);
        StrictModeRules.Run(context, shape);
        ProviderRules.Run(context, shape);
        AnnotationRules.Run(context);
        DefaultValueRules.Run(context);
        DescriptionRules.Run(context);
        SignatureRules.Run(context);
    }
}
