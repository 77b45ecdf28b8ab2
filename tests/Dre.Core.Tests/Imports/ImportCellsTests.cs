using Dre.Core.Imports;

namespace Dre.Core.Tests.Imports;

/// <summary>A list cell reads back as it was written, whatever its texts hold, and reads a hand-written cell as typed.</summary>
public sealed class ImportCellsTests
{
    [Theory]
    [InlineData("Send the minutes", "eva@coe.int", "2026-12-10")]
    [InlineData("Answer A|B | then C", "eva@coe.int", null)]
    [InlineData("Review the <draft> and [annex] ]", null, "2026-12-10")]
    [InlineData(@"See C:\notes\ and \| as typed \", null, null)]
    [InlineData("Ends with a bracket [", "jan@coe.int", null)]
    public void AnItemWritten_ReadsBackAsItWas(string text, string? email, string? tag)
    {
        var cell = ImportCells.Join([ImportCells.FormatItem("First", null, null), ImportCells.FormatItem(text, email, tag)]);

        var items = ImportCells.Split(cell).Select(ImportCells.ParseItem).ToList();

        Assert.Equal([new ImportCells.Item("First", null, null), new ImportCells.Item(text, email, tag)], items);
    }

    [Fact]
    public void AHandWrittenCell_ReadsAsTyped_BackslashesBeforeOrdinaryLettersKept()
    {
        var items = ImportCells.Split(@"Call back <eva@coe.int> [2026-12-10] | Check C:\docs\report").Select(ImportCells.ParseItem).ToList();

        Assert.Equal([new ImportCells.Item("Call back", "eva@coe.int", "2026-12-10"), new ImportCells.Item(@"Check C:\docs\report", null, null)], items);
    }

    [Fact]
    public void PartnerNames_WithAReservedCharacter_ReadBackAsNames()
    {
        var cell = ImportCells.JoinNames(["Council of the EU", "A|B [test]"]);

        Assert.Equal(["Council of the EU", "A|B [test]"], ImportCells.Names(cell));
    }
}
