using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Modules.Biodiversity.Grid;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Grid;

public sealed class InpnCellTests
{
    [Fact]
    public void Codes_follow_the_inpn_rule_on_the_documented_check_point()
    {
        // grids/INPN_MAILLES_L93.md: x=974978.09 y=6431596.23 -> 10kmL93E097N643, 1kmL93E0974N6431.
        Assert.Equal("10kmL93E097N643", InpnCell.FromLambert93(974978.09, 6431596.23, 10).Code);
        Assert.Equal("1kmL93E0974N6431", InpnCell.FromLambert93(974978.09, 6431596.23, 1).Code);
        Assert.Equal("5kmL93E0970N6430", InpnCell.FromLambert93(974978.09, 6431596.23, 5).Code);
        // ref_geo.cell_reference(ST_MakePoint(749648,6956485), 10000) -> 10kmL93E074N695.
        Assert.Equal("10kmL93E074N695", InpnCell.FromLambert93(749648, 6956485, 10).Code);
    }

    [Theory]
    [InlineData("1kmL93E742N6946", "1kmL93E0742N6946")]
    [InlineData("5kmL93E0740N6945", "5kmL93E740N6945")]
    [InlineData("10kmL93E74N695", "10kmL93E074N695")]
    [InlineData("10KML93E074N695", "10kmL93E074N695")]
    public void Codes_from_other_files_compare_numerically(string read, string canonical)
    {
        Assert.True(InpnCell.TryParse(read, out var cell));
        Assert.True(InpnCell.TryParse(canonical, out var expected));
        Assert.Equal(expected, cell);
    }

    [Fact]
    public void Short_sinp_codes_are_read_by_their_digit_count()
    {
        Assert.True(InpnCell.TryParse("E041N653", out var ten));
        Assert.Equal(new InpnCell(10, 41, 653), ten);
        Assert.True(InpnCell.TryParse("E0412N6531", out var one));
        Assert.Equal(new InpnCell(1, 412, 6531), one);
        Assert.Equal(new InpnCell(10, 41, 653), one.Ten);
    }

    [Theory]
    [InlineData("code maille invalide")]
    [InlineData("2kmL93E074N695")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_text_is_not_a_cell(string? text) => Assert.False(InpnCell.TryParse(text, out _));

    [Fact]
    public void Wgs84_positions_are_reprojected_before_gridding()
    {
        // First row of the Écrins file: lon/lat decoded from the same geometry as x_l93/y_l93.
        var placement = Lambert93Grid.Place(6.486308, 44.928924, CrsRegistry.Wgs84);

        Assert.False(placement.OutsideGrid);
        Assert.Equal("10kmL93E097N643", placement.Ten?.Code);
        Assert.Equal("1kmL93E0974N6431", placement.One?.Code);
    }

    [Fact]
    public void Overseas_and_foreign_positions_are_outside_the_grid()
    {
        Assert.True(Lambert93Grid.Place(698399.062, 1621535.38, CrsRegistry.Utm20NRgaf09).OutsideGrid);
        Assert.True(Lambert93Grid.Place(26.85083, 38.10695, CrsRegistry.Wgs84).OutsideGrid);
        Assert.True(Lambert93Grid.Place(-500_000, 6_500_000, CrsRegistry.Lambert93).OutsideGrid);
    }
}
