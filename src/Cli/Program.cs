namespace GraphSpec.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("usage: graphspec <command> ...");
        return 2;
    }
}
