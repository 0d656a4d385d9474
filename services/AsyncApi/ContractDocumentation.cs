using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PiedmontSystem.AsyncApi;

/// <summary>
/// The XML docs of <c>services/Contracts</c> (embedded at build time): a contract's
/// <c>&lt;summary&gt;</c> and each field's <c>&lt;param&gt;</c>, as Markdown text on one line.
/// </summary>
internal static partial class ContractDocumentation
{
    private const string ResourceName = "PiedmontSystem.Contracts.xml";

    private static readonly Lazy<Dictionary<string, XElement>> Members = new(Load);

    /// <summary>The contract's summary, or null when it has none.</summary>
    public static string? Summary(Type type) =>
        Members.Value.TryGetValue(MemberName(type), out var member) ? Text(member.Element("summary")) : null;

    /// <summary>The <c>&lt;param&gt;</c> doc of a record's positional field, or null when it has none.</summary>
    public static string? Field(Type type, string propertyName) =>
        Members.Value.TryGetValue(MemberName(type), out var member)
            ? Text(member.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == propertyName))
            : null;

    private static string MemberName(Type type) => "T:" + type.FullName;

    private static Dictionary<string, XElement> Load()
    {
        using var stream = typeof(ContractDocumentation).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded {ResourceName} is missing (see PiedmontSystem.AsyncApi.csproj).");
        return XDocument.Load(stream).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal);
    }

    /// <summary>
    /// Markdown of a doc element: <c>&lt;c&gt;</c> as code, <c>&lt;paramref&gt;</c> as the JSON
    /// name of the field, <c>&lt;see cref&gt;</c> as the type's short name; whitespace collapsed.
    /// </summary>
    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText plain => plain.Value,
                XElement { Name.LocalName: "c" } code => $"`{code.Value}`",
                XElement { Name.LocalName: "paramref" } reference => $"`{JsonNamingPolicy.CamelCase.ConvertName((string?)reference.Attribute("name") ?? "")}`",
                XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref"))?.Split('.', ':').Last() ?? see.Value,
                XElement other => other.Value,
                _ => "",
            });
        }
        var collapsed = Whitespace().Replace(text.ToString(), " ").Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
