using CoeurDeVille.Bench;

if (args.Length == 0)
{
    Console.Error.WriteLine("Usage : bench generer|generer-points|duckdb|codes-epci|postgis [--option valeur]… (voir bench/README.md)");
    return 1;
}

var arguments = new Arguments(args.Skip(1));
return args[0] switch
{
    "generer" or "generate" => CatNatGenerator.Run(arguments),
    "generer-points" or "generate-points" => PointGenerator.Run(arguments),
    "duckdb" => DuckDbFilter.Run(arguments),
    "codes-epci" => EpciCodes.Run(arguments),
    "postgis" => PostGisClip.Run(arguments),
    "profil" => ScanProfile.Run(arguments),
    "notre" or "ours" => await OurExtraction.RunAsync(arguments),
    "atlas" => await AtlasBench.RunAsync(arguments),
    _ => Usage(args[0]),
};

static int Usage(string command)
{
    Console.Error.WriteLine($"Commande « {command} » inconnue : generer, generer-points, duckdb, codes-epci ou postgis.");
    return 1;
}
