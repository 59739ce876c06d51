using System.Globalization;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Modules.Trees.Mapping;
using CoeurDeVille.Modules.Trees.SchemaArbre;
using CoeurDeVille.Modules.Trees.Taxonomy;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Modules.Trees.Import;

/// <summary>
/// A mapping bound to the columns of one file. Without a mapping the file must already use schema-arbre names
/// (a GeoJSON point may stand for longitude/latitude). Binding fails, before any row is read, when a column the
/// mapping names is absent, a column is unknown to the schema, or the projection is not supported.
/// </summary>
internal sealed class RowMapper
{
    private readonly SourceTable _table;
    private readonly FieldMapper?[] _fields = new FieldMapper?[SchemaArbreFields.All.Count];
    private readonly int _idColumn = -1;
    private readonly (int X, int Y, int Epsg, int Decimals)? _coordinates;
    private readonly (int Column, HashSet<string> InPlace)? _status;
    private readonly int _taxonColumn = -1;
    private long _sequence;

    public RowMapper(SourceTable table, TreeMapping? mapping)
    {
        _table = table;
        var name = table.FileName;
        if (mapping is null)
        {
            foreach (var (column, index) in table.Columns.Select((c, i) => (c, i)))
            {
                var field = SchemaArbreFields.IndexOf(column.Trim().ToLowerInvariant());
                if (field < 0)
                {
                    throw new InvalidDataException(
                        $"{name} : la colonne « {column} » n'existe pas dans schema-arbre. Ce fichier ne suit pas le schéma : "
                        + "décrivez ses colonnes dans une correspondance (--correspondance, voir docs/guide-arbres.md).");
                }

                if (field == 0)
                {
                    _idColumn = index;
                }
                else
                {
                    _fields[field] = FieldMapper.Identity(SchemaArbreFields.All[field], index, column);
                }
            }
        }
        else
        {
            foreach (var (field, rule) in mapping.Fields)
            {
                var index = SchemaArbreFields.IndexOf(field);
                var column = rule.Column is null ? -1 : Require(rule.Column, $"champ « {field} »");
                _fields[index] = new FieldMapper(field, rule, column, rule.Column ?? "constante");
            }

            if (mapping.IdColumn is { } id)
            {
                _idColumn = Require(id, "identifiant");
            }
            else if (_fields[0] is { } idField)
            {
                _fields[0] = null;
                _idColumn = Require(idField.SourceName, "champ « id »");
            }

            if (mapping.Coordinates is { } c)
            {
                if (!CrsRegistry.IsSupported(c.Epsg))
                {
                    throw new InvalidDataException(
                        $"Correspondance : système de coordonnées EPSG:{c.Epsg} non pris en charge. Systèmes disponibles : "
                        + string.Join(", ", CrsRegistry.SupportedCodes.Order().Select(code => "EPSG:" + code.ToString(CultureInfo.InvariantCulture))) + ".");
                }

                _coordinates = (Require(c.X, "coordonnées x"), Require(c.Y, "coordonnées y"), c.Epsg, c.Decimals);
            }

            if (mapping.Status is { } s)
            {
                _status = (Require(s.Column, "état"), new HashSet<string>(s.InPlaceValues.Select(FieldMapper.Clean), StringComparer.OrdinalIgnoreCase));
            }

            if (mapping.TaxonCode is { } t)
            {
                _taxonColumn = Require(t.Column, "essence");
            }
        }

        if (_coordinates is null && (_fields[1] is null || _fields[2] is null) && !table.HasGeometry)
        {
            throw new InvalidDataException(
                $"{name} : pas de position. Il faut les colonnes « longitude » et « latitude » (WGS 84), "
                + "ou une correspondance qui nomme les colonnes x/y et leur système (« coordonnees »).");
        }
    }

    public MappedRow Map(SourceRow row, List<TreeImportError> errors)
    {
        _sequence++;
        var cells = new string[SchemaArbreFields.All.Count];
        var values = row.Values;
        cells[0] = _idColumn >= 0 ? FieldMapper.Clean(Cell(values, _idColumn)) : _sequence.ToString(CultureInfo.InvariantCulture);
        for (var i = 1; i < cells.Length; i++)
        {
            cells[i] = "";
            if (_fields[i] is not { } field)
            {
                continue;
            }

            var mapped = field.Map(values, out var raw, out var error);
            if (error is not null)
            {
                errors.Add(new(row.Line, field.Field, raw,
                    $"{_table.FileName}, ligne {row.Line}, champ « {field.Field} » (colonne source « {field.SourceName} ») : « {raw} » — {error}."));
            }

            cells[i] = mapped ?? "";
        }

        MapPosition(row, cells, errors);
        var unknownCode = MapTaxonCode(values, cells);
        var (status, label) = MapStatus(row, errors);
        return new MappedRow(row.Line, cells, status, label, unknownCode);
    }

    private void MapPosition(SourceRow row, string[] cells, List<TreeImportError> errors)
    {
        if (_coordinates is { } c)
        {
            var xText = FieldMapper.Clean(Cell(row.Values, c.X));
            var yText = FieldMapper.Clean(Cell(row.Values, c.Y));
            if (!FieldMapper.TryNumber(xText, out var x) || !FieldMapper.TryNumber(yText, out var y))
            {
                errors.Add(new(row.Line, SchemaArbreFields.Longitude, $"{xText} {yText}",
                    $"{_table.FileName}, ligne {row.Line}, coordonnées (colonnes « {_table.Columns[c.X]} », « {_table.Columns[c.Y]} ») : "
                    + $"« {xText} », « {yText} » — deux nombres étaient attendus (EPSG:{c.Epsg})."));
                return;
            }

            SetPosition(cells, x, y, c.Epsg, c.Decimals);
        }
        else if (_fields[1] is null || _fields[2] is null)
        {
            if (row.Geometry is not Point point || point.IsEmpty)
            {
                errors.Add(new(row.Line, SchemaArbreFields.Longitude, row.Geometry?.GeometryType,
                    $"{_table.FileName}, entité {row.Line} : géométrie « {row.Geometry?.GeometryType ?? "absente"} » — un point (Point) était attendu."));
                return;
            }

            SetPosition(cells, point.X, point.Y, _table.GeometrySrid ?? CrsRegistry.Wgs84, 7);
        }
    }

    private static void SetPosition(string[] cells, double x, double y, int epsg, int decimals)
    {
        if (epsg != CrsRegistry.Wgs84)
        {
            (x, y) = GeometryReprojector.Shared.Transform(x, y, epsg, CrsRegistry.Wgs84);
            x = Math.Round(x, decimals);
            y = Math.Round(y, decimals);
        }

        cells[1] = TreeCells.Number(x);
        cells[2] = TreeCells.Number(y);
    }

    private string? MapTaxonCode(string?[] values, string[] cells)
    {
        if (_taxonColumn < 0)
        {
            return null;
        }

        var code = FieldMapper.Clean(Cell(values, _taxonColumn));
        if (code.Length == 0)
        {
            return null;
        }

        if (!SpeciesCodeTable.TryResolve(code, out var genus, out var species))
        {
            return code;
        }

        // An explicit rule in « champs » wins over the code table.
        if (_fields[4] is null)
        {
            cells[4] = genus;
        }

        if (_fields[5] is null)
        {
            cells[5] = species ?? "";
        }

        return null;
    }

    private (TreeStatus, string?) MapStatus(SourceRow row, List<TreeImportError> errors)
    {
        if (_status is not { } s)
        {
            return (TreeStatus.InPlace, null);
        }

        var state = FieldMapper.Clean(Cell(row.Values, s.Column));
        if (state.Length == 0)
        {
            errors.Add(new(row.Line, null, "",
                $"{_table.FileName}, ligne {row.Line}, état (colonne « {_table.Columns[s.Column]} ») : vide — « {string.Join(" », « ", s.InPlace)} » ou un état de retrait était attendu."));
            return (TreeStatus.InPlace, null);
        }

        return s.InPlace.Contains(state) ? (TreeStatus.InPlace, state) : (TreeStatus.Removed, state);
    }

    private static string Cell(string?[] values, int index) => index < values.Length ? values[index] ?? "" : "";

    private int Require(string column, string usage)
    {
        var index = _table.IndexOf(column);
        if (index < 0)
        {
            throw new InvalidDataException(
                $"Correspondance ({usage}) : la colonne « {column} » est absente de {_table.FileName}. "
                + $"Colonnes du fichier : {string.Join(", ", _table.Columns)}.");
        }

        return index;
    }
}
