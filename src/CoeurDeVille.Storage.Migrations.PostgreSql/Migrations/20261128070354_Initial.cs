using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CoeurDeVille.Storage.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: true),
                    actor = table.Column<string>(type: "text", nullable: false),
                    territory_code = table.Column<string>(type: "text", nullable: true),
                    action = table.Column<string>(type: "text", nullable: false),
                    target = table.Column<string>(type: "text", nullable: true),
                    details = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dataset_versions",
                columns: table => new
                {
                    inventory_territory_code = table.Column<string>(type: "text", nullable: false),
                    dataset_id = table.Column<string>(type: "text", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    retrieved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    source_sha256 = table.Column<string>(type: "text", nullable: false),
                    output_sha256 = table.Column<string>(type: "text", nullable: false),
                    row_count = table.Column<long>(type: "bigint", nullable: false),
                    rows_added = table.Column<long>(type: "bigint", nullable: false),
                    rows_removed = table.Column<long>(type: "bigint", nullable: false),
                    rows_changed = table.Column<long>(type: "bigint", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    file_key = table.Column<string>(type: "text", nullable: false),
                    provenance_key = table.Column<string>(type: "text", nullable: true),
                    licence_notice_key = table.Column<string>(type: "text", nullable: true),
                    snapshot_key = table.Column<string>(type: "text", nullable: true),
                    change_sample = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dataset_versions", x => new { x.inventory_territory_code, x.dataset_id, x.number });
                });

            migrationBuilder.CreateTable(
                name: "datasets",
                columns: table => new
                {
                    inventory_territory_code = table.Column<string>(type: "text", nullable: false),
                    dataset_id = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    theme = table.Column<string>(type: "text", nullable: true),
                    producer_name = table.Column<string>(type: "text", nullable: true),
                    producer_siret = table.Column<string>(type: "text", nullable: true),
                    producer_alternate_id = table.Column<string>(type: "text", nullable: true),
                    producer_service = table.Column<string>(type: "text", nullable: true),
                    information_system = table.Column<string>(type: "text", nullable: true),
                    producer_type = table.Column<string>(type: "text", nullable: true),
                    openness_status = table.Column<string>(type: "text", nullable: true),
                    blocker_reason = table.Column<string>(type: "text", nullable: true),
                    publisher_name = table.Column<string>(type: "text", nullable: true),
                    publisher_siret = table.Column<string>(type: "text", nullable: true),
                    licence = table.Column<string>(type: "text", nullable: true),
                    schema = table.Column<string>(type: "text", nullable: true),
                    update_frequency = table.Column<string>(type: "text", nullable: true),
                    contact_email = table.Column<string>(type: "text", nullable: true),
                    service_contact_email = table.Column<string>(type: "text", nullable: true),
                    created = table.Column<DateOnly>(type: "date", nullable: true),
                    modified = table.Column<DateOnly>(type: "date", nullable: true),
                    coverage_start = table.Column<DateOnly>(type: "date", nullable: true),
                    coverage_end = table.Column<DateOnly>(type: "date", nullable: true),
                    spatial_coverage = table.Column<string>(type: "text", nullable: true),
                    spatial_granularity = table.Column<string>(type: "text", nullable: true),
                    landing_page = table.Column<string>(type: "text", nullable: true),
                    territory_code = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets", x => new { x.inventory_territory_code, x.dataset_id });
                });

            migrationBuilder.CreateTable(
                name: "hosted_territories",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    display_name = table.Column<string>(type: "text", nullable: true),
                    slug = table.Column<string>(type: "text", nullable: true),
                    primary_colour = table.Column<string>(type: "text", nullable: true),
                    secondary_colour = table.Column<string>(type: "text", nullable: true),
                    logo = table.Column<byte[]>(type: "bytea", nullable: true),
                    logo_media_type = table.Column<string>(type: "text", nullable: true),
                    hosted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hosted_territories", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "import_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "text", nullable: false),
                    territory_code = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "text", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    bulk_copy = table.Column<bool>(type: "boolean", nullable: false),
                    validation_report = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    territory_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    author_user_id = table.Column<string>(type: "text", nullable: true),
                    author_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    licence = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    published = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    width = table.Column<int>(type: "integer", nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_photos", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "published_extractions",
                columns: table => new
                {
                    inventory_territory_code = table.Column<string>(type: "text", nullable: false),
                    dataset_id = table.Column<string>(type: "text", nullable: false),
                    source_id = table.Column<string>(type: "text", nullable: false),
                    perimeter = table.Column<string>(type: "text", nullable: false),
                    format = table.Column<string>(type: "text", nullable: false),
                    schedule = table.Column<string>(type: "text", nullable: false),
                    key_column = table.Column<string>(type: "text", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    source_sha256 = table.Column<string>(type: "text", nullable: false),
                    current_version = table.Column<int>(type: "integer", nullable: false),
                    public_base_uri = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_extractions", x => new { x.inventory_territory_code, x.dataset_id });
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "setup_claims",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_setup_claims", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "territories",
                columns: table => new
                {
                    code = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    geometry = table.Column<Geometry>(type: "geometry(Geometry,4326)", nullable: true),
                    min_x = table.Column<double>(type: "double precision", nullable: true),
                    min_y = table.Column<double>(type: "double precision", nullable: true),
                    max_x = table.Column<double>(type: "double precision", nullable: true),
                    max_y = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_territories", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "tree_adoptions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    territory_code = table.Column<string>(type: "text", nullable: false),
                    tree_id = table.Column<long>(type: "bigint", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: true),
                    pseudonym = table.Column<string>(type: "text", nullable: true),
                    adopted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_adoptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tree_interventions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    territory_code = table.Column<string>(type: "text", nullable: false),
                    tree_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: true),
                    agent = table.Column<string>(type: "text", nullable: false),
                    comment = table.Column<string>(type: "text", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_interventions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tree_photos",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    photo_id = table.Column<Guid>(type: "uuid", nullable: false),
                    territory_code = table.Column<string>(type: "text", nullable: false),
                    tree_id = table.Column<long>(type: "bigint", nullable: false),
                    report_id = table.Column<long>(type: "bigint", nullable: true),
                    user_id = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_photos", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tree_planting_proposals",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    territory_code = table.Column<string>(type: "text", nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    suggested_species = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    proposer_user_id = table.Column<string>(type: "text", nullable: true),
                    proposer_name = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answer = table.Column<string>(type: "text", nullable: true),
                    handler_name = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_planting_proposals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tree_reports",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    territory_code = table.Column<string>(type: "text", nullable: false),
                    tree_id = table.Column<long>(type: "bigint", nullable: false),
                    category = table.Column<string>(type: "text", nullable: false),
                    comment = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reporter_user_id = table.Column<string>(type: "text", nullable: true),
                    reporter_name = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answer = table.Column<string>(type: "text", nullable: true),
                    handler_name = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tree_versions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    territory_code = table.Column<string>(type: "text", nullable: false),
                    tree_id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: true),
                    actor = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    changed_fields = table.Column<string>(type: "text", nullable: false),
                    state = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tree_waterings",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    territory_code = table.Column<string>(type: "text", nullable: false),
                    tree_id = table.Column<long>(type: "bigint", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: true),
                    pseudonym = table.Column<string>(type: "text", nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    litres = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "text", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_waterings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trees",
                columns: table => new
                {
                    territory_code = table.Column<string>(type: "text", nullable: false),
                    tree_id = table.Column<long>(type: "bigint", nullable: false),
                    source_id = table.Column<long>(type: "bigint", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    family = table.Column<string>(type: "text", nullable: true),
                    genus = table.Column<string>(type: "text", nullable: true),
                    species = table.Column<string>(type: "text", nullable: true),
                    cultivar = table.Column<string>(type: "text", nullable: true),
                    vernacular_name = table.Column<string>(type: "text", nullable: true),
                    insee_code = table.Column<string>(type: "text", nullable: true),
                    postal_code = table.Column<string>(type: "text", nullable: true),
                    address = table.Column<string>(type: "text", nullable: true),
                    reference = table.Column<string>(type: "text", nullable: true),
                    planting_date = table.Column<DateOnly>(type: "date", nullable: true),
                    height_cm = table.Column<double>(type: "double precision", nullable: true),
                    diameter_cm = table.Column<double>(type: "double precision", nullable: true),
                    soil_type = table.Column<string>(type: "text", nullable: true),
                    root_type = table.Column<string>(type: "text", nullable: true),
                    habit = table.Column<string>(type: "text", nullable: true),
                    remarkable = table.Column<bool>(type: "boolean", nullable: true),
                    @protected = table.Column<bool>(name: "protected", type: "boolean", nullable: true),
                    ground_constraints = table.Column<string>(type: "text", nullable: true),
                    aerial_constraints = table.Column<string>(type: "text", nullable: true),
                    lighting = table.Column<bool>(type: "boolean", nullable: true),
                    watering = table.Column<string>(type: "text", nullable: true),
                    allergy = table.Column<int>(type: "integer", nullable: true),
                    remark = table.Column<string>(type: "text", nullable: true),
                    removed = table.Column<bool>(type: "boolean", nullable: false),
                    status_label = table.Column<string>(type: "text", nullable: true),
                    health = table.Column<string>(type: "text", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trees", x => new { x.territory_code, x.tree_id });
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    display_name = table.Column<string>(type: "text", nullable: true),
                    consented_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    email_notifications = table.Column<bool>(type: "boolean", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dataset_distributions",
                columns: table => new
                {
                    inventory_territory_code = table.Column<string>(type: "text", nullable: false),
                    dataset_id = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    format = table.Column<string>(type: "text", nullable: false),
                    url = table.Column<string>(type: "text", nullable: true),
                    title = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dataset_distributions", x => new { x.inventory_territory_code, x.dataset_id, x.position });
                    table.ForeignKey(
                        name: "FK_dataset_distributions_datasets_inventory_territory_code_dat~",
                        columns: x => new { x.inventory_territory_code, x.dataset_id },
                        principalTable: "datasets",
                        principalColumns: new[] { "inventory_territory_code", "dataset_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dataset_keywords",
                columns: table => new
                {
                    inventory_territory_code = table.Column<string>(type: "text", nullable: false),
                    dataset_id = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dataset_keywords", x => new { x.inventory_territory_code, x.dataset_id, x.position });
                    table.ForeignKey(
                        name: "FK_dataset_keywords_datasets_inventory_territory_code_dataset_~",
                        columns: x => new { x.inventory_territory_code, x.dataset_id },
                        principalTable: "datasets",
                        principalColumns: new[] { "inventory_territory_code", "dataset_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "FK_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    territory_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.id);
                    table.ForeignKey(
                        name: "FK_notifications_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "territory_memberships",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    territory_code = table.Column<string>(type: "character varying(9)", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false),
                    granted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_territory_memberships", x => new { x.user_id, x.territory_code });
                    table.ForeignKey(
                        name: "FK_territory_memberships_hosted_territories_territory_code",
                        column: x => x.territory_code,
                        principalTable: "hosted_territories",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_territory_memberships_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "FK_user_claims_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "FK_user_logins_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    role_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "FK_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "FK_user_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_territory_code_id",
                table: "audit_entries",
                columns: new[] { "territory_code", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_datasets_inventory_territory_code_position",
                table: "datasets",
                columns: new[] { "inventory_territory_code", "position" });

            migrationBuilder.CreateIndex(
                name: "IX_hosted_territories_slug",
                table: "hosted_territories",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_import_runs_territory_code",
                table: "import_runs",
                column: "territory_code");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_user_id_id",
                table: "notifications",
                columns: new[] { "user_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_photos_author_user_id",
                table: "photos",
                column: "author_user_id");

            migrationBuilder.CreateIndex(
                name: "IX_photos_territory_code_subject",
                table: "photos",
                columns: new[] { "territory_code", "subject" });

            migrationBuilder.CreateIndex(
                name: "IX_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_territories_geometry",
                table: "territories",
                column: "geometry")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "IX_territories_min_x_max_x_min_y_max_y",
                table: "territories",
                columns: new[] { "min_x", "max_x", "min_y", "max_y" });

            migrationBuilder.CreateIndex(
                name: "IX_territory_memberships_territory_code",
                table: "territory_memberships",
                column: "territory_code");

            migrationBuilder.CreateIndex(
                name: "IX_tree_adoptions_territory_code_tree_id",
                table: "tree_adoptions",
                columns: new[] { "territory_code", "tree_id" });

            migrationBuilder.CreateIndex(
                name: "IX_tree_adoptions_user_id",
                table: "tree_adoptions",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_tree_interventions_territory_code_tree_id",
                table: "tree_interventions",
                columns: new[] { "territory_code", "tree_id" });

            migrationBuilder.CreateIndex(
                name: "IX_tree_photos_photo_id",
                table: "tree_photos",
                column: "photo_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tree_photos_territory_code_status",
                table: "tree_photos",
                columns: new[] { "territory_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_tree_photos_territory_code_tree_id",
                table: "tree_photos",
                columns: new[] { "territory_code", "tree_id" });

            migrationBuilder.CreateIndex(
                name: "IX_tree_photos_user_id",
                table: "tree_photos",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_tree_planting_proposals_proposer_user_id",
                table: "tree_planting_proposals",
                column: "proposer_user_id");

            migrationBuilder.CreateIndex(
                name: "IX_tree_planting_proposals_territory_code_status",
                table: "tree_planting_proposals",
                columns: new[] { "territory_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_tree_reports_reporter_user_id",
                table: "tree_reports",
                column: "reporter_user_id");

            migrationBuilder.CreateIndex(
                name: "IX_tree_reports_territory_code_status",
                table: "tree_reports",
                columns: new[] { "territory_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_tree_reports_territory_code_tree_id",
                table: "tree_reports",
                columns: new[] { "territory_code", "tree_id" });

            migrationBuilder.CreateIndex(
                name: "IX_tree_versions_territory_code_id",
                table: "tree_versions",
                columns: new[] { "territory_code", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_tree_versions_territory_code_tree_id_at",
                table: "tree_versions",
                columns: new[] { "territory_code", "tree_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_tree_waterings_territory_code_tree_id",
                table: "tree_waterings",
                columns: new[] { "territory_code", "tree_id" });

            migrationBuilder.CreateIndex(
                name: "IX_tree_waterings_user_id",
                table: "tree_waterings",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_trees_territory_code_genus_species",
                table: "trees",
                columns: new[] { "territory_code", "genus", "species" });

            migrationBuilder.CreateIndex(
                name: "IX_trees_territory_code_source_id",
                table: "trees",
                columns: new[] { "territory_code", "source_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_user_roles_role_id",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "normalized_user_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "dataset_distributions");

            migrationBuilder.DropTable(
                name: "dataset_keywords");

            migrationBuilder.DropTable(
                name: "dataset_versions");

            migrationBuilder.DropTable(
                name: "import_runs");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "photos");

            migrationBuilder.DropTable(
                name: "published_extractions");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "setup_claims");

            migrationBuilder.DropTable(
                name: "territories");

            migrationBuilder.DropTable(
                name: "territory_memberships");

            migrationBuilder.DropTable(
                name: "tree_adoptions");

            migrationBuilder.DropTable(
                name: "tree_interventions");

            migrationBuilder.DropTable(
                name: "tree_photos");

            migrationBuilder.DropTable(
                name: "tree_planting_proposals");

            migrationBuilder.DropTable(
                name: "tree_reports");

            migrationBuilder.DropTable(
                name: "tree_versions");

            migrationBuilder.DropTable(
                name: "tree_waterings");

            migrationBuilder.DropTable(
                name: "trees");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_roles");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "datasets");

            migrationBuilder.DropTable(
                name: "hosted_territories");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "users");
        }
    }
}
