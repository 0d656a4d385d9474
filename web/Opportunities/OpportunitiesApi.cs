using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Web.Opportunities;

/// <summary>What the feed's handlers depend on, bound as one <c>[AsParameters]</c> record.</summary>
public sealed record FeedServices(OpportunityFeed Feed, HttpContext HttpContext)
{
    public CancellationToken Cancellation => HttpContext.RequestAborted;

    /// <summary>The signed-in organisation (a bearer token of an organisation user), else the facts given in the query.</summary>
    public async Task<Asker?> AskerAsync(OpportunityFilter filter)
    {
        var person = CurrentUser.From(HttpContext.User);
        var organisation = person.Roles.Contains(Roles.OrganisationUser) ? await Feed.OrganisationAsync(person.OrganisationId, Cancellation) : null;
        return organisation ?? filter.AsAsker();
    }
}

/// <summary>The opportunities feed as open data: JSON, an iCalendar of deadlines, an Atom feed.</summary>
public static class OpportunitiesApi
{
    public static RouteGroupBuilder MapOpportunitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/opportunities").WithTags("Opportunities").AllowAnonymous();

        api.MapGet("/", ListOpportunities)
            .WithName(nameof(ListOpportunities))
            .WithSummary("Calls, intakes, Meet the corporates sessions, international events and partnering profiles, by deadline; keyset-paginated, with the asker's eligibility")
            .ProducesValidationProblem();

        api.MapGet("/deadlines.ics", DeadlinesCalendar)
            .WithName(nameof(DeadlinesCalendar))
            .WithSummary("The deadlines of the opportunities (same filters) as an iCalendar, one event per deadline with a stable UID")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesValidationProblem();

        api.MapGet("/feed.atom", AtomFeed)
            .WithName(nameof(AtomFeed))
            .WithSummary("The opportunities (same filters) as an Atom 1.0 feed, most recently changed first; language from ?lang= or Accept-Language")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .ProducesValidationProblem();

        return api;
    }

    public static async Task<Ok<Page<OpportunityResponse>>> ListOpportunities(
        [AsParameters] FeedServices services,
        string? type, string? status, string? kind, string? sizeClass, string? spi, string? province, string? innovativeStartup, string? q,
        string? cursor, int? limit)
    {
        var filter = OpportunityFilter.Parse(type, status, kind, sizeClass, spi, province, innovativeStartup, q);
        var page = await services.Feed.ByDeadlineAsync(filter, await services.AskerAsync(filter), cursor, limit, services.Cancellation);
        return TypedResults.Ok(OpportunityResponse.PageOf(page));
    }

    /// <summary>At most the next 200 deadlines: a calendar is a look ahead, not an archive.</summary>
    public static async Task<ContentHttpResult> DeadlinesCalendar(
        [AsParameters] FeedServices services,
        string? type, string? status, string? kind, string? sizeClass, string? spi, string? province, string? innovativeStartup, string? q)
    {
        var filter = OpportunityFilter.Parse(type, status, kind, sizeClass, spi, province, innovativeStartup, q);
        var page = await services.Feed.ByDeadlineAsync(filter, null, null, Paging.MaxLimit, services.Cancellation);
        var calendar = new Calendar { ProductId = "-//Regione Piemonte//Piemonte Innovazione//IT" };
        calendar.AddProperty("X-WR-CALNAME", "Piemonte Innovazione");
        var origin = Origin(services.HttpContext);
        foreach (var o in page.Items.Select(i => i.Opportunity))
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{o.Type}-{o.Id}-deadline@piemonte-innovazione",
                Summary = $"Scadenza / Deadline: {o.TitleIt} / {o.TitleEn}",
                Description = $"{o.TitleIt}\n{o.TitleEn}\n{origin}{o.Path}",
                DtStart = new CalDateTime(o.DeadlineAt.UtcDateTime, "UTC"),
                DtStamp = new CalDateTime(o.ChangedAt.UtcDateTime, "UTC"),
                Url = new Uri(origin + o.Path),
            });
        }
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return TypedResults.Text(text, "text/calendar; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>The 50 most recently changed opportunities of the filter, in one language.</summary>
    public static async Task<FileContentHttpResult> AtomFeed(
        [AsParameters] FeedServices services,
        string? type, string? status, string? kind, string? sizeClass, string? spi, string? province, string? innovativeStartup, string? q, string? lang)
    {
        var filter = OpportunityFilter.Parse(type, status, kind, sizeClass, spi, province, innovativeStartup, q);
        var italian = lang switch
        {
            null or "" => services.HttpContext.RequestedLanguage() == Language.It,
            "it" => true,
            "en" => false,
            _ => throw new ServiceDefaults.Errors.RequestValidationException(nameof(lang), $"'{lang}' is not one of: it, en."),
        };
        services.HttpContext.Response.Headers.ContentLanguage = italian ? "it" : "en";
        var page = await services.Feed.NewestFirstAsync(filter, null, Paging.DefaultLimit, services.Cancellation);
        var origin = Origin(services.HttpContext);
        var items = page.Items.Select(i =>
        {
            var o = i.Opportunity;
            var entry = new SyndicationItem(italian ? o.TitleIt : o.TitleEn, Summary(i, italian), new Uri(origin + o.Path), $"urn:uuid:{o.Id}", o.ChangedAt)
            {
                PublishDate = o.PublishedAt ?? o.ChangedAt,
            };
            entry.Categories.Add(new SyndicationCategory(o.Type));
            return entry;
        }).ToList();
        var feed = new SyndicationFeed(
            italian ? "Opportunità per le imprese del Piemonte" : "Opportunities for Piedmont's companies",
            italian ? "Bandi, accelerazione, incontri con le grandi imprese, eventi internazionali e profili di partenariato"
                    : "Calls, accelerator intakes, Meet the corporates, international events and partnering profiles",
            new Uri(origin + "/"), "urn:piemonte-innovazione:opportunities", items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : DateTimeOffset.UnixEpoch, items)
        {
            Language = italian ? "it" : "en",
        };
        feed.Links.Add(new SyndicationLink(new Uri(origin + services.HttpContext.Request.Path + services.HttpContext.Request.QueryString), "self", null, "application/atom+xml", 0));
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = false }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return TypedResults.File(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static string Summary(FeedItem item, bool italian)
    {
        var o = item.Opportunity;
        var status = (item.Status, italian) switch
        {
            (OpportunityStatus.Forthcoming, true) => "di prossima apertura",
            (OpportunityStatus.Open, true) => "aperto",
            (OpportunityStatus.Closed, true) => "chiuso",
            _ => item.Status.ToString().ToLowerInvariant(),
        };
        var deadline = ServiceDefaults.RomeInstants.Show(o.DeadlineAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return italian ? $"{o.Type}, {status}; scadenza {deadline} (ora di Roma)." : $"{o.Type}, {status}; deadline {deadline} (Rome time).";
    }

    /// <summary>The public address the request came in on (behind the gateway, its forwarded host).</summary>
    private static string Origin(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";
}
