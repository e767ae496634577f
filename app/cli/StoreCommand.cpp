// The atlas as a shared, living record:
//   `ecotown-cli publish --to PG:... [--data SRC] [--schema S]`  creates or upgrades the schema
//       and loads the atlas in one transaction;
//   `ecotown-cli record stage --area ETA-07 --year 2024 --stage 3 [--note ...]`  appends an
//       assessment;
//   `ecotown-cli record revocation --cert C --year 2025 [--note ...]`  appends a certificate's
//       revocation (it no longer counts from that fiscal year on);
//   `ecotown-cli import certificates FILE.csv [--skip-bad]`  appends a year's certificates,
//       all or none.
// Each works on a GeoPackage (one user) and on PostgreSQL (many); the store says who recorded.

#include <cstdio>

#include <fmt/format.h>

#include "app/cli/Command.hpp"
#include "app/cli/FilterOptions.hpp"
#include "layers/AtlasStore.hpp"
#include "layers/DataLocation.hpp"

namespace ecotown::cli {
namespace {

// --data as every command takes it: a GeoPackage or PG:, found like the bundled dataset.
std::string dataSource(const std::string& data) {
    return layers::locateBundledDataset(data, executablePath());
}

void addDataOption(CLI::App& sub, std::string& data) {
    sub.add_option("--data", data,
                   "The atlas: a GeoPackage or PG:\"service=...\" (default: $ECOTOWN_DATA, the "
                   "build tree's, or /usr/share/ecotown/ecotown.gpkg)");
}

class PublishCommand final : public Command {
  public:
    const char* name() const override { return "publish"; }
    const char* description() const override {
        return "Publish the atlas to a PostgreSQL/PostGIS database (schema, roles, data, in one "
               "transaction)";
    }
    void configure(CLI::App& sub) override {
        sub.add_option("--to", m_to,
                       "The database: PG:\"service=...\" or PG:\"host=... dbname=...\" (put the "
                       "password in ~/.pgpass, not here)")
            ->required();
        addDataOption(sub, m_data);
        sub.add_option("--schema", m_options.schema,
                       "Schema of the atlas's tables (default ecotown)");
        sub.add_option("--schema-version", m_options.upToVersion,
                       "Upgrade the schema only up to this version (default: the latest)")
            ->group("");  // for testing upgrades from an older release
    }

    int run() override {
        ProgressBar bar;
        m_options.progress = bar.callback();
        const std::string from = dataSource(m_data);
        const layers::PublishSummary s = layers::publishAtlas(from, m_to, m_options);
        bar.finish();
        std::fputs(
            fmt::format("{} -> {} (schema {}, version {} -> {}): {} provinces, {} countries, {} "
                        "areas, {} estates, {} factories; added {} certificates, {} stage "
                        "assessments, {} estate assessments, {} revocations\n",
                        redactSecrets(from), redactSecrets(m_to), m_options.schema, s.versionBefore,
                        s.versionAfter, s.provinces, s.countries, s.areas, s.estates, s.factories,
                        s.certificatesAdded, s.stageAssessmentsAdded, s.estateAssessmentsAdded,
                        s.revocationsAdded)
                .c_str(),
            stdout);
        return kExitOk;
    }

  private:
    std::string m_to;
    std::string m_data;
    layers::PublishOptions m_options;
};

class RecordCommand final : public Command {
  public:
    const char* name() const override { return "record"; }
    const char* description() const override {
        return "Record a change: `record stage` appends an area's assessment for a fiscal year, "
               "`record revocation` a certificate's revocation";
    }
    void configure(CLI::App& sub) override {
        sub.require_subcommand(1);
        m_stage = sub.add_subcommand("stage",
                                     "Append the development stage an area reached in a "
                                     "fiscal year (a correction is a newer record)");
        m_stage->add_option("--area", m_record.areaId, "Area id, e.g. ETA-07")->required();
        m_stage->add_option("--year", m_year, "Fiscal year, C.E. (2024) or B.E. (2567)")
            ->required();
        m_stage->add_option("--stage", m_record.stage, "Stage 1-5")->required();
        m_stage->add_option("--note", m_record.note, "Why, where the evidence is");
        addDataOption(*m_stage, m_data);

        m_revocation = sub.add_subcommand(
            "revocation",
            "Append a certificate's revocation: it no longer counts from the fiscal year on "
            "(--as-of an earlier year still counts it); the certificate's record is kept");
        m_revocation->add_option("--cert", m_revoke.certId, "Certificate id (cert_id)")->required();
        m_revocation->add_option("--year", m_year, "Fiscal year it is revoked from, C.E. or B.E.")
            ->required();
        m_revocation->add_option("--note", m_revoke.note, "Why, where the decision is");
        addDataOption(*m_revocation, m_data);
    }

    int run() override {
        const int year = m_year >= 2400 ? m_year - 543 : m_year;
        auto store = layers::AtlasStore::open(dataSource(m_data));
        if (m_revocation->parsed()) {
            m_revoke.fiscalYear = year;
            store->revokeCertificate(m_revoke);
            std::fputs(fmt::format("{}: recorded the revocation of {} from FY{} by {}\n",
                                   store->source(), m_revoke.certId, year, store->recorder())
                           .c_str(),
                       stdout);
            return kExitOk;
        }
        m_record.fiscalYear = year;
        store->recordStage(m_record);
        std::fputs(
            fmt::format("{}: recorded {} stage {} for FY{} by {}\n", store->source(),
                        m_record.areaId, m_record.stage, m_record.fiscalYear, store->recorder())
                .c_str(),
            stdout);
        return kExitOk;
    }

  private:
    CLI::App* m_stage = nullptr;
    CLI::App* m_revocation = nullptr;
    layers::StageRecord m_record;
    layers::RevocationRecord m_revoke;
    int m_year = 0;
    std::string m_data;
};

class ImportCommand final : public Command {
  public:
    const char* name() const override { return "import"; }
    const char* description() const override {
        return "Import records: `import certificates FILE.csv` appends a year's certificates";
    }
    void configure(CLI::App& sub) override {
        sub.require_subcommand(1);
        CLI::App* certs = sub.add_subcommand(
            "certificates",
            "Append certificates from CSV (factory_id, cert_type, level, fiscal_year[, province, "
            "note]); nothing is applied unless every line is good or --skip-bad is given");
        certs->add_option("FILE", m_file, "The CSV file")->required();
        certs->add_flag("--skip-bad", m_skipBad, "Apply the good lines and skip the bad ones");
        addDataOption(*certs, m_data);
    }

    int run() override {
        auto store = layers::AtlasStore::open(dataSource(m_data));
        layers::AtlasLoadOptions options;
        options.factoryNames = false;
        const layers::Atlas atlas = store->load(options);
        std::vector<layers::ImportProblem> problems;
        const std::vector<layers::CertificateRecord> records =
            layers::readCertificateImport(m_file, atlas, problems);
        for (const layers::ImportProblem& p : problems)
            printError(p.message);
        if (!problems.empty() && !m_skipBad) {
            printError(
                fmt::format("{}: {} bad line(s); nothing imported (fix them, or give "
                            "--skip-bad to import the {} good ones)",
                            m_file, problems.size(), records.size()));
            return kExitUnusable;
        }
        store->addCertificates(records);
        std::fputs(
            fmt::format("{}: imported {} certificate(s) into {} as {}{}\n", m_file, records.size(),
                        store->source(), store->recorder(),
                        problems.empty() ? std::string()
                                         : fmt::format("; skipped {} bad line(s)", problems.size()))
                .c_str(),
            stdout);
        return problems.empty() ? kExitOk : kExitProblems;
    }

  private:
    std::string m_file;
    bool m_skipBad = false;
    std::string m_data;
};

}  // namespace

std::unique_ptr<Command> makePublishCommand() {
    return std::make_unique<PublishCommand>();
}
std::unique_ptr<Command> makeRecordCommand() {
    return std::make_unique<RecordCommand>();
}
std::unique_ptr<Command> makeImportCommand() {
    return std::make_unique<ImportCommand>();
}

}  // namespace ecotown::cli
