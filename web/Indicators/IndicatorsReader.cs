using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.Web.Api;

namespace PiedmontSystem.Web.Indicators;

/// <summary>
/// The indicators as the signed-in person (or a visitor) may see them, read through the gateway:
/// each service's area at once, in parallel; an area whose service does not answer comes back with
/// its figures unavailable, the others as they are. The person's cookie was read by the
/// authentication middleware before the page, so the parallel calls only reuse it.
/// </summary>
public sealed class IndicatorsReader(GatewayClient gateway)
{
    /// <summary>Pages read of a list at most (200 rows a page): beyond 10,000 calls or proposals the portal would need the service to count them.</summary>
    public const int MaxPages = 50;

    public static IReadOnlyList<string> AreaIds => [RegistryArea.Id, FundingArea.Id, AcceleratorArea.Id, InternationalisationArea.Id];

    /// <summary>The area a figure belongs to, or null for no figure of that name.</summary>
    public static string? AreaOf(string figureId) => figureId switch
    {
        RegistryArea.ClustersFigure => RegistryArea.Id,
        FundingArea.CallsFigure or FundingArea.GrantsFigure or FundingArea.ProposalsFigure => FundingArea.Id,
        AcceleratorArea.ResultsFigure or AcceleratorArea.ContractsFigure => AcceleratorArea.Id,
        InternationalisationArea.RequestsFigure or InternationalisationArea.IntroductionsFigure or InternationalisationArea.CollaborationsFigure => InternationalisationArea.Id,
        _ => null,
    };

    public async Task<IReadOnlyList<IndicatorArea>> ReadAsync(CurrentUser person, CancellationToken cancellationToken) =>
        await Task.WhenAll(AreaIds.Select(id => ReadAreaAsync(id, person, cancellationToken)));

    public Task<IndicatorArea> ReadAreaAsync(string areaId, CurrentUser person, CancellationToken cancellationToken) => areaId switch
    {
        RegistryArea.Id => ReadOneAsync<RegistryIndicators>(RegistryArea.Path, RegistryArea.Build, RegistryArea.Id, RegistryArea.Heading, RegistryArea.Figures, cancellationToken),
        FundingArea.Id => ReadFundingAsync(person, cancellationToken),
        AcceleratorArea.Id => ReadOneAsync<AcceleratorIndicators>(AcceleratorArea.Path, AcceleratorArea.Build, AcceleratorArea.Id, AcceleratorArea.Heading, AcceleratorArea.Figures, cancellationToken),
        InternationalisationArea.Id => ReadOneAsync<InternationalisationIndicators>(InternationalisationArea.Path, InternationalisationArea.Build,
            InternationalisationArea.Id, InternationalisationArea.Heading, InternationalisationArea.Figures, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(areaId), areaId, "No such area of indicators."),
    };

    /// <summary>Who may see the proposals' figure: regional officers, who see every proposal (anyone else would count only their own).</summary>
    public static FigureState ProposalsState(CurrentUser person) =>
        person.Roles.Contains(Roles.RegionalOfficer) ? FigureState.Shown : person.IsAuthenticated ? FigureState.RoleRequired : FigureState.SignInRequired;

    private async Task<IndicatorArea> ReadOneAsync<T>(string path, Func<T, IndicatorArea> build, string id, string heading,
        IReadOnlyList<(string Id, string Heading)> figures, CancellationToken cancellationToken)
    {
        var result = await gateway.GetAsync<T>(path, cancellationToken);
        return result is { Succeeded: true, Value: { } value } ? build(value) : IndicatorArea.Unavailable(id, heading, figures);
    }

    private async Task<IndicatorArea> ReadFundingAsync(CurrentUser person, CancellationToken cancellationToken)
    {
        var proposalsState = ProposalsState(person);
        var programmes = gateway.GetAsync<PageOf<ProgrammeFigures>>("api/funding/programmes", cancellationToken);
        var calls = AllPagesAsync<CallFigures>("api/funding/calls", cancellationToken);
        var proposals = proposalsState == FigureState.Shown ? AllPagesAsync<ProposalFigures>("api/funding/proposals", cancellationToken) : Task.FromResult<List<ProposalFigures>?>(null);
        await Task.WhenAll(programmes, calls, proposals);
        if (programmes.Result is not { Succeeded: true, Value: { } programmeList } || calls.Result is not { } callList)
        {
            return IndicatorArea.Unavailable(FundingArea.Id, FundingArea.Heading, FundingArea.Figures);
        }
        var proposalList = proposals.Result;
        return FundingArea.Build(programmeList.Items, callList, proposalList,
            proposalsState == FigureState.Shown && proposalList is null ? FigureState.Unavailable : proposalsState);
    }

    /// <summary>Every row of a keyset-paged list, or null when a page did not come.</summary>
    private async Task<List<T>?> AllPagesAsync<T>(string path, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        string? cursor = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await gateway.GetAsync<PageOf<T>>($"{path}?limit=200{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}", cancellationToken);
            if (result is not { Succeeded: true, Value: { } value })
            {
                return null;
            }
            rows.AddRange(value.Items);
            cursor = value.NextCursor;
            if (cursor is null)
            {
                break;
            }
        }
        return rows;
    }
}

/// <summary>A page of a list, as every list of the platform answers.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, string? NextCursor);
