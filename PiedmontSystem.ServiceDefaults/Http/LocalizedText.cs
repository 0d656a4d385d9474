namespace PiedmontSystem.ServiceDefaults.Http;

/// <summary>A name or description in Italian and English, the two languages of reference data.</summary>
public sealed record LocalizedText(string It, string En)
{
    public string In(Language language) => language == Language.It ? It : En;
}
