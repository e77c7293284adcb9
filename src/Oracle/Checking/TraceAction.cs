using System.Collections.Immutable;
using System.Text;
using GraphSpec.Oracle.Tla.Syntax;
using GraphSpec.Oracle.Tla.Values;

namespace GraphSpec.Oracle.Checking;

/// <summary>
/// The action that produced a state of a trace: its name, argument values and the span of its body
/// in <see cref="Module"/>, and its parameter names (for TLC's JSON trace <c>context</c>). Initial
/// states carry <see cref="Initial"/>.
/// </summary>
public sealed record TraceAction(string Name, ImmutableArray<Value> Arguments, SourceSpan Span, string Module, ImmutableArray<string> ParameterNames)
{
    public const string InitialName = "Initial predicate";

    public static readonly TraceAction Initial = new(InitialName, [], SourceSpan.None, "", []);

    public bool IsInitial => Name == InitialName && Span.IsNone;

    /// <summary>TLC's header text: <c>Initial predicate</c> or <c>Set(1) line 17, col 13 to line 19, col 44 of module M</c>.</summary>
    public string ToTlcString()
    {
        if (IsInitial)
        {
            return InitialName;
        }

        var builder = new StringBuilder(Name);
        if (!Arguments.IsEmpty)
        {
            builder.Append('(');
            for (var i = 0; i < Arguments.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                Arguments[i].WriteTo(builder);
            }

            builder.Append(')');
        }

        if (!Span.IsNone)
        {
            builder.Append(' ').Append(Span.ToTlcString(Module));
        }

        return builder.ToString();
    }
}
