using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoeurDeVille.Storage.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", nullable: true),
                    actor = table.Column<string>(type: "TEXT", nullable: false),
                    territory_code = table.Column<string>(type: "TEXT", nullable: true),
                    action = table.Column<string>(type: "TEXT", nullable: false),
                    target = table.Column<string>(type: "TEXT", nullable: true),
                    details = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dataset_versions",
                columns: table => new
                {
                    inventory_territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    dataset_id = table.Column<string>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    retrieved_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    source_sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    output_sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    row_count = table.Column<long>(type: "INTEGER", nullable: false),
                    rows_added = table.Column<long>(type: "INTEGER", nullable: false),
                    rows_removed = table.Column<long>(type: "INTEGER", nullable: false),
                    rows_changed = table.Column<long>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", nullable: false),
                    file_key = table.Column<string>(type: "TEXT", nullable: false),
                    provenance_key = table.Column<string>(type: "TEXT", nullable: true),
                    licence_notice_key = table.Column<string>(type: "TEXT", nullable: true),
                    snapshot_key = table.Column<string>(type: "TEXT", nullable: true),
                    change_sample = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dataset_versions", x => new { x.inventory_territory_code, x.dataset_id, x.number });
                });

            migrationBuilder.CreateTable(
                name: "datasets",
                columns: table => new
                {
                    inventory_territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    dataset_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    theme = table.Column<string>(type: "TEXT", nullable: true),
                    producer_name = table.Column<string>(type: "TEXT", nullable: true),
                    producer_siret = table.Column<string>(type: "TEXT", nullable: true),
                    producer_alternate_id = table.Column<string>(type: "TEXT", nullable: true),
                    producer_service = table.Column<string>(type: "TEXT", nullable: true),
                    information_system = table.Column<string>(type: "TEXT", nullable: true),
                    producer_type = table.Column<string>(type: "TEXT", nullable: true),
                    openness_status = table.Column<string>(type: "TEXT", nullable: true),
                    blocker_reason = table.Column<string>(type: "TEXT", nullable: true),
                    publisher_name = table.Column<string>(type: "TEXT", nullable: true),
                    publisher_siret = table.Column<string>(type: "TEXT", nullable: true),
                    licence = table.Column<string>(type: "TEXT", nullable: true),
                    schema = table.Column<string>(type: "TEXT", nullable: true),
                    update_frequency = table.Column<string>(type: "TEXT", nullable: true),
                    contact_email = table.Column<string>(type: "TEXT", nullable: true),
                    service_contact_email = table.Column<string>(type: "TEXT", nullable: true),
                    created = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    modified = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    coverage_start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    coverage_end = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    spatial_coverage = table.Column<string>(type: "TEXT", nullable: true),
                    spatial_granularity = table.Column<string>(type: "TEXT", nullable: true),
                    landing_page = table.Column<string>(type: "TEXT", nullable: true),
                    territory_code = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets", x => new { x.inventory_territory_code, x.dataset_id });
                });

            migrationBuilder.CreateTable(
                name: "hosted_territories",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    display_name = table.Column<string>(type: "TEXT", nullable: true),
                    slug = table.Column<string>(type: "TEXT", nullable: true),
                    primary_colour = table.Column<string>(type: "TEXT", nullable: true),
                    secondary_colour = table.Column<string>(type: "TEXT", nullable: true),
                    logo = table.Column<byte[]>(type: "BLOB", nullable: true),
                    logo_media_type = table.Column<string>(type: "TEXT", nullable: true),
                    hosted_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hosted_territories", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "import_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    bulk_copy = table.Column<bool>(type: "INTEGER", nullable: false),
                    validation_report = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    territory_code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    author_user_id = table.Column<string>(type: "TEXT", nullable: true),
                    author_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    licence = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    published = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    width = table.Column<int>(type: "INTEGER", nullable: false),
                    height = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_photos", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "published_extractions",
                columns: table => new
                {
                    inventory_territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    dataset_id = table.Column<string>(type: "TEXT", nullable: false),
                    source_id = table.Column<string>(type: "TEXT", nullable: false),
                    perimeter = table.Column<string>(type: "TEXT", nullable: false),
                    format = table.Column<string>(type: "TEXT", nullable: false),
                    schedule = table.Column<string>(type: "TEXT", nullable: false),
                    key_column = table.Column<string>(type: "TEXT", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    last_checked_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    source_sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    current_version = table.Column<int>(type: "INTEGER", nullable: false),
                    public_base_uri = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_extractions", x => new { x.inventory_territory_code, x.dataset_id });
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "setup_claims",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_setup_claims", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "territories",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    geometry = table.Column<byte[]>(type: "BLOB", nullable: true),
                    min_x = table.Column<double>(type: "REAL", nullable: true),
                    min_y = table.Column<double>(type: "REAL", nullable: true),
                    max_x = table.Column<double>(type: "REAL", nullable: true),
                    max_y = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_territories", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "tree_adoptions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    tree_id = table.Column<long>(type: "INTEGER", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", nullable: true),
                    pseudonym = table.Column<string>(type: "TEXT", nullable: true),
                    adopted_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_adoptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tree_interventions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    tree_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", nullable: true),
                    agent = table.Column<string>(type: "TEXT", nullable: false),
                    comment = table.Column<string>(type: "TEXT", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_interventions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tree_photos",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    photo_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    tree_id = table.Column<long>(type: "INTEGER", nullable: false),
                    report_id = table.Column<long>(type: "INTEGER", nullable: true),
                    user_id = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_photos", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tree_planting_proposals",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    latitude = table.Column<double>(type: "REAL", nullable: false),
                    longitude = table.Column<double>(type: "REAL", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    suggested_species = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    proposer_user_id = table.Column<string>(type: "TEXT", nullable: true),
                    proposer_name = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    answer = table.Column<string>(type: "TEXT", nullable: true),
                    handler_name = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_planting_proposals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tree_reports",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    tree_id = table.Column<long>(type: "INTEGER", nullable: false),
                    category = table.Column<string>(type: "TEXT", nullable: false),
                    comment = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reporter_user_id = table.Column<string>(type: "TEXT", nullable: true),
                    reporter_name = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    answer = table.Column<string>(type: "TEXT", nullable: true),
                    handler_name = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tree_versions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    tree_id = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", nullable: true),
                    actor = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    changed_fields = table.Column<string>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tree_waterings",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    tree_id = table.Column<long>(type: "INTEGER", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", nullable: true),
                    pseudonym = table.Column<string>(type: "TEXT", nullable: true),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    litres = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tree_waterings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trees",
                columns: table => new
                {
                    territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    tree_id = table.Column<long>(type: "INTEGER", nullable: false),
                    source_id = table.Column<long>(type: "INTEGER", nullable: false),
                    longitude = table.Column<double>(type: "REAL", nullable: false),
                    latitude = table.Column<double>(type: "REAL", nullable: false),
                    family = table.Column<string>(type: "TEXT", nullable: true),
                    genus = table.Column<string>(type: "TEXT", nullable: true),
                    species = table.Column<string>(type: "TEXT", nullable: true),
                    cultivar = table.Column<string>(type: "TEXT", nullable: true),
                    vernacular_name = table.Column<string>(type: "TEXT", nullable: true),
                    insee_code = table.Column<string>(type: "TEXT", nullable: true),
                    postal_code = table.Column<string>(type: "TEXT", nullable: true),
                    address = table.Column<string>(type: "TEXT", nullable: true),
                    reference = table.Column<string>(type: "TEXT", nullable: true),
                    planting_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    height_cm = table.Column<double>(type: "REAL", nullable: true),
                    diameter_cm = table.Column<double>(type: "REAL", nullable: true),
                    soil_type = table.Column<string>(type: "TEXT", nullable: true),
                    root_type = table.Column<string>(type: "TEXT", nullable: true),
                    habit = table.Column<string>(type: "TEXT", nullable: true),
                    remarkable = table.Column<bool>(type: "INTEGER", nullable: true),
                    @protected = table.Column<bool>(name: "protected", type: "INTEGER", nullable: true),
                    ground_constraints = table.Column<string>(type: "TEXT", nullable: true),
                    aerial_constraints = table.Column<string>(type: "TEXT", nullable: true),
                    lighting = table.Column<bool>(type: "INTEGER", nullable: true),
                    watering = table.Column<string>(type: "TEXT", nullable: true),
                    allergy = table.Column<int>(type: "INTEGER", nullable: true),
                    remark = table.Column<string>(type: "TEXT", nullable: true),
                    removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    status_label = table.Column<string>(type: "TEXT", nullable: true),
                    health = table.Column<string>(type: "TEXT", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trees", x => new { x.territory_code, x.tree_id });
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    display_name = table.Column<string>(type: "TEXT", nullable: true),
                    consented_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    email_notifications = table.Column<bool>(type: "INTEGER", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: true),
                    security_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_failed_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dataset_distributions",
                columns: table => new
                {
                    inventory_territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    dataset_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    format = table.Column<string>(type: "TEXT", nullable: false),
                    url = table.Column<string>(type: "TEXT", nullable: true),
                    title = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dataset_distributions", x => new { x.inventory_territory_code, x.dataset_id, x.position });
                    table.ForeignKey(
                        name: "FK_dataset_distributions_datasets_inventory_territory_code_dataset_id",
                        columns: x => new { x.inventory_territory_code, x.dataset_id },
                        principalTable: "datasets",
                        principalColumns: new[] { "inventory_territory_code", "dataset_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dataset_keywords",
                columns: table => new
                {
                    inventory_territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    dataset_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dataset_keywords", x => new { x.inventory_territory_code, x.dataset_id, x.position });
                    table.ForeignKey(
                        name: "FK_dataset_keywords_datasets_inventory_territory_code_dataset_id",
                        columns: x => new { x.inventory_territory_code, x.dataset_id },
                        principalTable: "datasets",
                        principalColumns: new[] { "inventory_territory_code", "dataset_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    role_id = table.Column<string>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    territory_code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
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
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    territory_code = table.Column<string>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", nullable: false),
                    granted_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
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
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    provider_key = table.Column<string>(type: "TEXT", nullable: false),
                    provider_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false)
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
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    role_id = table.Column<string>(type: "TEXT", nullable: false)
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
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: true)
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
