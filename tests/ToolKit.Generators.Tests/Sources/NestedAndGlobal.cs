// Baseline input (e): a tool type nested in other partial types, and a tool type in the global namespace.
using System.Threading.Tasks;
using ToolKit;

namespace Samples.Nesting
{
    public partial class Outer
    {
        public partial class Inner
        {
            /// <summary>Echoes text back.</summary>
            /// <param name="text">The text.</param>
            [Tool]
            public string Echo(string text) => text;
        }

        public partial record Holder
        {
            public partial struct ValueTools
            {
                /// <summary>Doubles a number.</summary>
                /// <param name="value">The number.</param>
                [Tool]
                public readonly int Twice(int value) => value * 2;
            }
        }

        internal static partial class StaticInner
        {
            /// <summary>Says hello.</summary>
            [Tool]
            public static ValueTask<string> HelloAsync() => new("hello");
        }
    }
}

public partial class GlobalTools
{
    /// <summary>Negates a flag.</summary>
    /// <param name="flag">The flag.</param>
    [Tool]
    public bool Not(bool flag) => !flag;
}
