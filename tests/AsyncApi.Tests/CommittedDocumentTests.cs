using System.Text.Json.Nodes;
using MassTransit.Serialization;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Catalogue;

namespace PiedmontSystem.AsyncApi.Tests;

/// <summary>docs/asyncapi.json: generated from the contracts, never edited by hand, describing every event and field.</summary>
public class CommittedDocumentTests
{
    private const string Regenerate =
        "dotnet build tools/AsyncApiExport -c Release -nologo -v quiet && dotnet tools/AsyncApiExport/bin/Release/net10.0/PiedmontSystem.AsyncApiExport.dll docs/asyncapi.json";

    private static readonly JsonObject Document = JsonNode.Parse(AsyncApiDocument.Generate())!.AsObject();

    [Fact]
    public void CommittedDocumentIsWhatTheContractsGenerate()
    {
        var committed = File.ReadAllText(EventValidator.CommittedDocument).Split('\n');
        var generated = AsyncApiDocument.Generate().Split('\n');

        var firstDifference = Enumerable.Range(0, Math.Max(committed.Length, generated.Length))
            .FirstOrDefault(i => i >= committed.Length || i >= generated.Length || committed[i] != generated[i], -1);
        Assert.True(firstDifference < 0,
            $"docs/asyncapi.json is not what the contracts generate (first difference at line {firstDifference + 1}: "
            + $"committed \"{committed.ElementAtOrDefault(firstDifference)?.Trim()}\", generated \"{generated.ElementAtOrDefault(firstDifference)?.Trim()}\"). "
            + $"Regenerate it from the repository's root with: {Regenerate}");
    }

    [Fact]
    public void DocumentIsIndentedJsonWithUnixLineEndsAndAFinalNewline()
    {
        var text = AsyncApiDocument.Generate();

        Assert.StartsWith("{\n  \"asyncapi\": \"3.0.0\",\n", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void EveryEventHasItsExchangeChannelAReceiveOperationAndABrokerAndAWebhookMessage()
    {
        Assert.Equal("3.0.0", Document["asyncapi"]!.GetValue<string>());
        var channels = Document["channels"]!.AsObject();
        var operations = Document["operations"]!.AsObject();
        var messages = Document["components"]!["messages"]!.AsObject();
        foreach (var entry in EventCatalogue.All)
        {
            var channel = channels[entry.Exchange]!;
            Assert.Equal(entry.Exchange, channel["address"]!.GetValue<string>());
            Assert.Equal("fanout", channel["bindings"]!["amqp"]!["exchange"]!["type"]!.GetValue<string>());
            Assert.True(channel["bindings"]!["amqp"]!["exchange"]!["durable"]!.GetValue<bool>());
            Assert.Equal("receive", operations["receive" + entry.Type.Name]!["action"]!.GetValue<string>());
            Assert.Equal(entry.Urn, messages[entry.Type.Name]!["payload"]!["properties"]!["messageType"]!["items"]!["const"]!.GetValue<string>());
            Assert.Equal(entry.WebhookType, messages[entry.Type.Name + "Webhook"]!["payload"]!["properties"]!["type"]!["const"]!.GetValue<string>());
            Assert.NotNull(channels["webhooks"]!["messages"]![entry.Type.Name + "Webhook"]);
        }
        Assert.Equal(EventCatalogue.All.Count + 1, channels.Count);
        Assert.Equal(2 * EventCatalogue.All.Count + 1, messages.Count);
    }

    [Fact]
    public void EveryFieldOfEveryContractHasADescriptionFromItsXmlDoc()
    {
        var schemas = Document["components"]!["schemas"]!.AsObject();
        var contracts = EventCatalogue.All.Select(e => e.Type).Concat([typeof(FieldChange), typeof(RankedProposal)]);

        var undocumented = contracts
            .SelectMany(type => schemas[type.Name]!["properties"]!.AsObject().Select(p => (type, field: p.Key, schema: p.Value!)))
            .Where(f => string.IsNullOrWhiteSpace(f.schema["description"]?.GetValue<string>()))
            .Select(f => $"{f.type.Name}.{f.field}")
            .ToList();

        Assert.True(undocumented.Count == 0, $"Give these fields a <param> doc in services/Contracts: {string.Join(", ", undocumented)}");
        Assert.Equal("Registered legal name.", schemas["OrganisationRegistered"]!["properties"]!["legalName"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public void DecimalsAreDescribedAsTheStringsTheBusWrites()
    {
        var amount = Document["components"]!["schemas"]!["GrantAwarded"]!["properties"]!["awardedAmountEur"]!;
        var fee = Document["components"]!["schemas"]!["InternationalEventPublished"]!["properties"]!["feeEur"]!;

        Assert.Equal("string", amount["type"]!.GetValue<string>());
        Assert.Equal(["string", "null"], fee["type"]!.AsArray().Select(t => t!.GetValue<string>()));
        var written = System.Text.Json.JsonSerializer.SerializeToNode(
            new ContractSigned(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, false, 48500.50m, "buyer", DateTimeOffset.UtcNow),
            SystemTextJsonMessageSerializer.Options)!;
        Assert.Equal("48500.50", written["valueEur"]!.GetValue<string>());
        Assert.Null(written["buyerOrganisationId"]);
        Assert.True(written.AsObject().ContainsKey("buyerOrganisationId"), "the bus writes null fields as null, and the document says so");
    }

    [Fact]
    public void FieldsAddedToAVersionLaterAreOptionalAndTheOthersRequired()
    {
        var registered = Document["components"]!["schemas"]!["OrganisationRegistered"]!;

        var required = registered["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();

        Assert.Equal(["organisationId", "legalName", "vatNumber", "kind", "province", "occurredAt"], required);
        Assert.Equal("unknown", registered["properties"]!["sizeClass"]!["default"]!.GetValue<string>());
    }
}
