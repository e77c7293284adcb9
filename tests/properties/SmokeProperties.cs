using FsCheck.Xunit;
using GraphSpec.Oracle.Tla.Syntax;

namespace GraphSpec.PropertyTests;

public class SourceSpanProperties
{
    [Property]
    public bool To_keeps_start_and_takes_end(int a, int b, int c, int d)
    {
        var s = new SourceSpan("f", a, b, a, b).To(new SourceSpan("f", c, d, c, d));
        return s.StartLine == a && s.StartColumn == b && s.EndLine == c && s.EndColumn == d;
    }
}
