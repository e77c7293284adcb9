using System.Collections;
using GraphSpec.Oracle.Tla.Parsing;
using GraphSpec.Oracle.Tla.Syntax;
using Xunit;

namespace GraphSpec.UnitTests.Parsing;

/// <summary>
/// On every node of every conformance module: the span is set, names the file, starts before it
/// ends, and contains the spans of the node's children.
/// </summary>
public class SpanInvariantTests
{
    public static IEnumerable<object[]> Modules() => ConformanceCases.AllModules();

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_node_span_is_well_formed_and_contains_its_children(string caseName, string fileName)
    {
        var module = TlaParser.ParseModule(ConformanceCases.Read(caseName, fileName), fileName).Module;
        if (module == null)
        {
            return; // the parse-error cases; covered by ConformanceCaseParsingTests
        }
        int checkedNodes = 0;
        Check(module, module.Span, fileName, ref checkedNodes);
        Assert.True(checkedNodes > 10);
    }

    private static void Check(object node, SourceSpan parent, string file, ref int count)
    {
        var spanProperty = node.GetType().GetProperty("Span");
        var span = parent;
        if (spanProperty?.GetValue(node) is SourceSpan own)
        {
            span = own;
            count++;
            Assert.False(span.IsNone, $"{node.GetType().Name} has no span");
            Assert.Equal(file, span.File);
            Assert.True(Before(span.StartLine, span.StartColumn, span.EndLine, span.EndColumn), $"{node.GetType().Name} {span}");
            Assert.True(Contains(parent, span), $"{node.GetType().Name} at {span} is outside its parent {parent}");
        }
        foreach (var property in node.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length > 0 || property.Name is "Last" or "Span" or "EqualityContract")
            {
                continue;
            }
            var value = property.GetValue(node);
            if (value is IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    if (IsSyntax(item))
                    {
                        Check(item!, span, file, ref count);
                    }
                }
            }
            else if (IsSyntax(value))
            {
                Check(value!, span, file, ref count);
            }
        }
    }

    private static bool IsSyntax(object? value) =>
        value != null && value.GetType().Namespace == typeof(ModuleSyntax).Namespace && value is not SourceSpan
        && !value.GetType().IsEnum;

    private static bool Before(int line1, int column1, int line2, int column2) =>
        line1 < line2 || (line1 == line2 && column1 <= column2);

    private static bool Contains(SourceSpan outer, SourceSpan inner) =>
        Before(outer.StartLine, outer.StartColumn, inner.StartLine, inner.StartColumn)
        && Before(inner.EndLine, inner.EndColumn, outer.EndLine, outer.EndColumn);
}
