using System.Text;
using PiedmontSystem.AsyncApi;

// Writes the AsyncAPI document of the integration events to the given path (docs/asyncapi.json in
// the repository), or to standard output without one.
if (args is [var path])
{
    File.WriteAllText(path, AsyncApiDocument.Generate(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    Console.WriteLine($"Wrote {path}");
    return 0;
}
if (args.Length == 0)
{
    Console.Out.Write(AsyncApiDocument.Generate());
    return 0;
}
Console.Error.WriteLine("usage: dotnet tools/AsyncApiExport/bin/Release/net10.0/PiedmontSystem.AsyncApiExport.dll [<path of the document>]");
return 2;
