using System.Text;
using PiedmontSystem.Web.Indicators;

namespace PiedmontSystem.Web.UnitTests;

public sealed class CsvTests
{
    [Theory]
    [InlineData("CLEVER", "CLEVER")]
    [InlineData("Torino, Cuneo", "\"Torino, Cuneo\"")]
    [InlineData("Il \"Polo\" ICT", "\"Il \"\"Polo\"\" ICT\"")]
    [InlineData("prima riga\nseconda", "\"prima riga\nseconda\"")]
    [InlineData("a\r\nb", "\"a\r\nb\"")]
    [InlineData("", "")]
    public void FieldsWithCommasQuotesOrLineBreaksAreQuotedWithTheirQuotesDoubled(string value, string written) =>
        Assert.Equal(written, Csv.Field(value));

    [Fact]
    public void RecordsEndWithCrLfAfterAHeaderRow()
    {
        var csv = Csv.Write([["Cluster", "Members"], ["CLEVER", "12"], ["A, B", "3"]]);

        Assert.Equal("Cluster,Members\r\nCLEVER,12\r\n\"A, B\",3\r\n", csv);
    }

    [Fact]
    public void NumbersAreInvariantInCsvWhileThePageWritesThemInItsLanguage()
    {
        Cultures.In("it");
        var table = new FigureTable("Grants",
            [new("Programma", FigureKind.Text), new("Contributi (€)", FigureKind.Euros), new("Membri", FigureKind.Count), new("Quota UE (%)", FigureKind.Percent)],
            [["PR FESR, 2021-2027", 1_234_567.5m, 12_500, 50m]]);

        Assert.Equal("Programma,Contributi (€),Membri,Quota UE (%)\r\n\"PR FESR, 2021-2027\",1234567.50,12500,50.0\r\n", table.ToCsv());
        Assert.Equal("12.500", FigureTable.Show(12_500, FigureKind.Count));
        Assert.Equal("50,0 %", FigureTable.Show(50m, FigureKind.Percent));
        Assert.Contains("1.234.568", FigureTable.Show(1_234_567.5m, FigureKind.Euros), StringComparison.Ordinal);
    }

    [Fact]
    public void TheEnglishPageWritesNumbersTheEnglishWayAndTheCsvIsTheSame()
    {
        Cultures.In("en");
        var table = new FigureTable("Members", [new("Cluster", FigureKind.Text), new("Members", FigureKind.Count)], [["ICT", 1500]]);

        Assert.Equal("1,500", FigureTable.Show(1500, FigureKind.Count));
        Assert.Equal("50.0%", FigureTable.Show(50m, FigureKind.Percent));
        Assert.Equal("Cluster,Members\r\nICT,1500\r\n", table.ToCsv());
    }

    [Fact]
    public void AFigureNotPublishedIsADashOnThePageAndEmptyInCsv()
    {
        var table = new FigureTable("Results", [new("Indicator", FigureKind.Text), new("Investment", FigureKind.Euros)], [["Private investment", null]]);

        Assert.Equal("—", FigureTable.Show(null, FigureKind.Euros));
        Assert.Equal("Indicator,Investment\r\nPrivate investment,\r\n", table.ToCsv());
    }

    [Fact]
    public void TheDownloadIsUtf8WithAByteOrderMark()
    {
        var bytes = Csv.Encode("Città\r\n");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("Città\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
