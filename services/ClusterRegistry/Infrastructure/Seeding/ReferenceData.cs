using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.ClusterRegistry.Infrastructure.Seeding;

/// <summary>
/// Piedmont's innovation reference data, from the source documents in shared/domain/seeds (see
/// docs/reference-data.md for what was inferred rather than stated there).
/// </summary>
internal static class ReferenceData
{
    public sealed record SeedCluster(
        string Code, LocalizedText Name, LocalizedText Domain, LocalizedText Description, ClusterKind Kind, ClusterStatus Status,
        string? SuccessorCode, string[] PrioritySystems, string[] TransversalRoles, string[] ManagingOrganisations, int? EstablishedIn, int? ClosedIn);

    public sealed record SeedOrganisation(string Key, string LegalName, OrganisationKind Kind, Province? Province);

    public static readonly (string Code, LocalizedText Name)[] Provinces =
    [
        ("TO", new("Torino", "Turin")),
        ("AL", new("Alessandria", "Alessandria")),
        ("AT", new("Asti", "Asti")),
        ("BI", new("Biella", "Biella")),
        ("CN", new("Cuneo", "Cuneo")),
        ("NO", new("Novara", "Novara")),
        ("VB", new("Verbano-Cusio-Ossola", "Verbano-Cusio-Ossola")),
        ("VC", new("Vercelli", "Vercelli")),
    ];

    /// <summary>The six Priority Innovation Systems (SPI) of the S3 2021-2027.</summary>
    public static readonly (string Code, LocalizedText Name)[] PrioritySystems =
    [
        ("AEROSPACE", new("Aerospazio", "Aerospace")),
        ("MOBILITY", new("Mobilità", "Mobility")),
        ("MANUFACTURING", new("Manifattura avanzata", "Advanced manufacturing")),
        ("GREEN_TECH", new("Tecnologie, risorse e materiali verdi", "Green technologies, resources and materials")),
        ("FOOD", new("Cibo", "Food")),
        ("HEALTH", new("Salute", "Health")),
    ];

    /// <summary>The transversal innovation components (CTI), plus the horizontal topic of skills.</summary>
    public static readonly (string Code, LocalizedText Name)[] InnovationComponents =
    [
        ("DIGITAL", new("Transizione digitale", "Digital transition")),
        ("GREEN", new("Transizione verde", "Green transition")),
        ("SOCIO_TERRITORIAL", new("Impatto socio-territoriale", "Socio-territorial impact")),
        ("SKILLS", new("Competenze e capacità di innovazione (tema orizzontale)", "Skills and capacity for innovation (horizontal topic)")),
    ];

    /// <summary>Transversal roles of the clusters in Sistema Poli Piemonte.</summary>
    public static readonly (string Code, LocalizedText Name)[] TransversalRoles =
    [
        ("SPP_LEAD", new("Capofila di Sistema Poli Piemonte: gestione, monitoraggio, comunicazione, animazione", "Project leader of Sistema Poli Piemonte: management, monitoring, communication, animation")),
        ("ECOLOGICAL_TRANSITION", new("Coordinamento dell'area transizione ecologica", "Coordination of the ecological-transition area")),
        ("SKILLS_MATCHING", new("Competenze: incontro tra domanda e offerta di formazione", "Skills: matching training supply and demand")),
        ("RI_EXPLOITATION", new("Valorizzazione dei risultati della R&I regionale (marketing territoriale dell'innovazione)", "Exploitation of regional R&I results (territorial innovation marketing)")),
        ("BUSINESS_RD", new("Coinvolgimento del sistema imprenditoriale nella R&S", "Involvement of the business system in R&D")),
        ("WELLNESS_COMMUNITY", new("Area benessere e comunità", "Wellness and community area")),
        ("EXTRA_REGIONAL_NETWORKS", new("Reti extra-regionali", "Extra-regional networks")),
        ("DIGITAL_TRANSITION", new("Coordinamento dell'area transizione digitale", "Coordination of the digital-transition area")),
    ];

    /// <summary>The ten cluster management organisations (CMOs) of the seven clusters.</summary>
    public static readonly SeedOrganisation[] ManagingOrganisations =
    [
        new("ENVIPARK", "Environment Park", OrganisationKind.TechPark, Province.TO),
        new("UNIVER", "Un.I.Ver.", OrganisationKind.ResearchBody, null),
        new("PROPLAST", "Proplast", OrganisationKind.ResearchBody, Province.AL),
        new("PST_VALLE_SCRIVIA", "Science and Technology Park in Valle Scrivia", OrganisationKind.TechPark, Province.AL),
        new("IBIS", "IBIS Consortium", OrganisationKind.ResearchBody, null),
        new("CSI", "Centro Servizi Industrie", OrganisationKind.Enterprise, null),
        new("CITTA_STUDI", "Città Studi", OrganisationKind.TrainingBody, Province.BI),
        new("MIAC", "M.I.A.C.", OrganisationKind.Enterprise, Province.CN),
        new("BIOINDUSTRY_PARK", "Bioindustry Park Silvano Fumero", OrganisationKind.TechPark, Province.TO),
        new("PIEMONTE_INNOVA", "Fondazione Piemonte Innova", OrganisationKind.ResearchBody, Province.TO),
    ];

    private static LocalizedText SevenClustersDescription(string it, string en) =>
        new($"{it} Uno dei sette poli di innovazione regionali dal 2015, parte di Sistema Poli Piemonte dal 2022.",
            $"{en} One of the seven regional innovation clusters since 2015, part of Sistema Poli Piemonte since 2022.");

    public static readonly SeedCluster[] Clusters =
    [
        new("CLEVER", new("CLEVER – Energia e tecnologie pulite", "CLEVER – Energy and clean technologies"), new("Energia e tecnologie pulite", "Energy and clean technologies"),
            SevenClustersDescription("Polo dell'energia e delle tecnologie pulite.", "Cluster for energy and clean technologies."),
            ClusterKind.RegionalInnovationCluster, ClusterStatus.Active, null, ["GREEN_TECH", "MOBILITY"], ["SPP_LEAD", "ECOLOGICAL_TRANSITION"], ["ENVIPARK", "UNIVER"], 2015, null),
        new("CGREEN", new("CGREEN – Chimica verde e materiali avanzati", "CGREEN – Green chemistry and advanced materials"), new("Chimica verde e materiali avanzati", "Green chemistry and advanced materials"),
            SevenClustersDescription("Polo della chimica verde e dei materiali avanzati.", "Cluster for green chemistry and advanced materials."),
            ClusterKind.RegionalInnovationCluster, ClusterStatus.Active, null, ["GREEN_TECH", "MANUFACTURING"], ["SKILLS_MATCHING"], ["PROPLAST", "PST_VALLE_SCRIVIA", "IBIS"], 2015, null),
        new("MESAP", new("MESAP – Prodotti e manifattura intelligenti", "MESAP – Smart products and manufacturing"), new("Prodotti e manifattura intelligenti", "Smart products and manufacturing"),
            SevenClustersDescription("Polo dei prodotti e della manifattura intelligenti.", "Cluster for smart products and manufacturing."),
            ClusterKind.RegionalInnovationCluster, ClusterStatus.Active, null, ["MANUFACTURING", "AEROSPACE", "MOBILITY"], ["RI_EXPLOITATION"], ["CSI"], 2015, null),
        new("POINTEX", new("PO.IN.TEX – Tessile", "PO.IN.TEX – Textile"), new("Tessile (\"Made in\")", "Textile (\"Made in\")"),
            SevenClustersDescription("Polo del tessile.", "Cluster for textiles."),
            ClusterKind.RegionalInnovationCluster, ClusterStatus.Active, null, ["MANUFACTURING"], [], ["CITTA_STUDI"], 2015, null),
        new("AGRIFOOD", new("AGRIFOOD – Agroalimentare", "AGRIFOOD – Agrifood"), new("Agroalimentare", "Agrifood"),
            SevenClustersDescription("Polo agroalimentare.", "Agrifood cluster."),
            ClusterKind.RegionalInnovationCluster, ClusterStatus.Active, null, ["FOOD"], ["BUSINESS_RD"], ["MIAC"], 2015, null),
        new("BIOPMED", new("BIOPMED – Scienze della vita", "BIOPMED – Life sciences"), new("Scienze della vita e della salute", "Life sciences"),
            SevenClustersDescription("Polo delle scienze della vita e della salute.", "Cluster for life sciences and health."),
            ClusterKind.RegionalInnovationCluster, ClusterStatus.Active, null, ["HEALTH"], ["WELLNESS_COMMUNITY", "EXTRA_REGIONAL_NETWORKS"], ["BIOINDUSTRY_PARK"], 2015, null),
        new("ICT", new("ICT – Tecnologie dell'informazione e della comunicazione", "ICT – Information and communication technologies"), new("Tecnologie dell'informazione e della comunicazione", "Information and communication technologies"),
            SevenClustersDescription("Polo delle tecnologie dell'informazione e della comunicazione.", "Cluster for information and communication technologies."),
            ClusterKind.RegionalInnovationCluster, ClusterStatus.Active, null, ["MANUFACTURING", "MOBILITY", "HEALTH"], ["DIGITAL_TRANSITION"], ["PIEMONTE_INNOVA"], 2015, null),
        new("TSI", new("Torino Social Impact", "Torino Social Impact"), new("Economia sociale e imprenditorialità a impatto", "Social economy and impact entrepreneurship"),
            new("Piattaforma aperta senza forma giuridica, con oltre 290 aderenti: imprese, start-up a vocazione sociale, terzo settore, università e istituzioni; la Città di Torino è partner e co-promotrice.",
                "Open platform with no legal form and more than 290 members: companies, social start-ups, non-profit organisations, academia and institutions; the City of Turin is a partner and co-initiator."),
            ClusterKind.OpenPlatform, ClusterStatus.Active, null, [], [], [], null, null),
        Historical("H09-AGROALIMENTARE", "Agroalimentare", "Agrifood", "AGRIFOOD"),
        Historical("H09-BIOTECNOLOGIE", "Biotecnologie e biomedicale", "Biotechnology and biomedical", "BIOPMED"),
        Historical("H09-MINI-HYDRO", "Energie rinnovabili e mini-hydro", "Renewable energy and mini-hydro", "CLEVER"),
        Historical("H09-BIOCOMBUSTIBILI", "Energie rinnovabili e biocombustibili", "Renewable energy and biofuels", "CLEVER"),
        Historical("H09-CHIMICA", "Chimica sostenibile", "Sustainable chemistry", "CGREEN"),
        Historical("H09-TESSILE", "Tessile", "Textile", "POINTEX"),
        Historical("H09-MECCATRONICA", "Meccatronica e sistemi avanzati di produzione", "Mechatronics and advanced production systems", "MESAP"),
        Historical("H09-IMPIANTISTICA", "Impiantistica, sistemi e componentistica per le energie rinnovabili", "Plant engineering, systems and components for renewable energy", "CLEVER"),
        Historical("H09-MATERIALI", "Nuovi materiali", "New materials", "CGREEN"),
        Historical("H09-EDILIZIA", "Edilizia sostenibile e idrogeno", "Sustainable building and hydrogen", "CLEVER"),
        Historical("H09-ICT", "ICT", "ICT", "ICT"),
        Historical("H09-CREATIVITA", "Creatività digitale e multimedia", "Digital creativity and multimedia", "ICT"),
    ];

    private static SeedCluster Historical(string code, string it, string en, string successor) => new(
        code, new(it, en), new(it, en),
        new($"Uno dei dodici poli di innovazione del 2008-2009, confluito nel 2015 in {successor}.",
            $"One of the twelve innovation clusters of 2008-2009, merged into {successor} in 2015."),
        ClusterKind.Historical, ClusterStatus.Merged, successor, [], [], [], 2009, 2015);
}
