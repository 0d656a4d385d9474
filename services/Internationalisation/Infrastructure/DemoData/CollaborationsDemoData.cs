using PiedmontSystem.Internationalisation.Domain.Collaborations;
using PiedmontSystem.Internationalisation.IntegrationEvents;
using PiedmontSystem.RequestHandling.Auditing;

namespace PiedmontSystem.Internationalisation.Infrastructure.DemoData;

/// <summary>
/// Eighteen synthetic collaborations of the clusters recorded by CEIP over the last two years, every
/// title ending in "(demo)" — cross-border with France most often, then Switzerland and other Italian
/// regions. Unlike the rest of the demo history they are announced (<c>CollaborationRecorded</c>), as
/// a CEIP officer's recording would be, so the registry's register and indicators show them too.
/// </summary>
public static class CollaborationsDemoData
{
    private static readonly (string Cluster, CollaborationKind Kind, string Title, string Partner, string? Region, string Country)[] Rows =
    [
        ("CLEVER", CollaborationKind.EuProject, "Interreg ALCOTRA: idrogeno verde nelle valli alpine", "Tenerrdis", "Auvergne-Rhône-Alpes", "FR"),
        ("MESAP", CollaborationKind.Mou, "Protocollo sulla manifattura intelligente", "Pôle Mont-Blanc Industries", "Auvergne-Rhône-Alpes", "FR"),
        ("AGRIFOOD", CollaborationKind.JointCall, "Bando congiunto agroalimentare transfrontaliero", "Pôle Vitagora", "Bourgogne-Franche-Comté", "FR"),
        ("BIOPMED", CollaborationKind.EuProject, "Horizon Europe: dispositivi per la telemedicina", "BioAlps", "Romandie", "CH"),
        ("ICT", CollaborationKind.Mou, "Accordo su cybersicurezza industriale", "Cluster Lombardo ICT", "Lombardia", "IT"),
        ("POINTEX", CollaborationKind.EuProject, "Interreg Europe: tessile circolare", "Techtera", "Auvergne-Rhône-Alpes", "FR"),
        ("CGREEN", CollaborationKind.JointCall, "Bando congiunto chimica verde", "Cluster SPRING", "Lombardia", "IT"),
        ("CLEVER", CollaborationKind.Mou, "Protocollo sulle comunità energetiche", "Capenergies", "Provence-Alpes-Côte d'Azur", "FR"),
        ("MESAP", CollaborationKind.EuProject, "Digital Europe: EDIH transfrontaliero", "Swissmem", "Ticino", "CH"),
        ("AGRIFOOD", CollaborationKind.Other, "Scambio di buone pratiche sulla filiera del riso", "Cluster Agrifood Emilia-Romagna", "Emilia-Romagna", "IT"),
        ("BIOPMED", CollaborationKind.Mou, "Protocollo sulle scienze della vita", "Lyonbiopôle", "Auvergne-Rhône-Alpes", "FR"),
        ("ICT", CollaborationKind.EuProject, "Interreg Alpine Space: dati per la montagna", "Cluster Digital Bayern", "Bayern", "DE"),
        ("TSI", CollaborationKind.Mou, "Accordo sull'economia a impatto sociale", "Ashoka España", "Cataluña", "ES"),
        ("CLEVER", CollaborationKind.JointCall, "Bando congiunto sulle batterie", "Cluster Lombardo della Mobilità", "Lombardia", "IT"),
        ("MESAP", CollaborationKind.Mou, "Protocollo aerospazio", "Aerospace Valley", "Occitanie", "FR"),
        ("POINTEX", CollaborationKind.Other, "Missione congiunta sul tessile tecnico", "Flanders' Textile Valley", "Vlaanderen", "BE"),
        ("CGREEN", CollaborationKind.EuProject, "Horizon Europe: bioplastiche da scarti agricoli", "Axelera", "Auvergne-Rhône-Alpes", "FR"),
        ("AGRIFOOD", CollaborationKind.Mou, "Protocollo con la Valle d'Aosta sui prodotti di montagna", "Cluster VdA Agroalimentare", "Valle d'Aosta", "IT"),
    ];

    public static async Task<int> LoadAsync(InternationalisationDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        for (var i = 0; i < Rows.Length; i++)
        {
            var row = Rows[i];
            var recordedAt = now.AddDays(-700 + i * 38);
            var startsOn = DateOnly.FromDateTime(recordedAt.UtcDateTime).AddDays(30);
            var collaboration = Collaboration.Record(row.Cluster, row.Kind, row.Title + " (demo)", row.Partner + " (demo)", row.Region, row.Country,
                startsOn, row.Kind == CollaborationKind.EuProject ? startsOn.AddYears(3) : null, LiaisonDemoData.Actor, recordedAt);
            db.Collaborations.Add(collaboration);
            db.RecordChange(new ChangeAuthor(recordedAt, LiaisonDemoData.Actor, null), CollaborationEvents.Recorded(collaboration),
                "collaboration.recorded", "collaboration", collaboration.Id);
        }
        await db.SaveChangesAsync(ct);
        return Rows.Length;
    }
}
