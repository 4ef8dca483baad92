package com.onering.jobs.cdc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's country reference data, {@code config/dbt/postgres_gold/seeds/country_regions.csv} (the seed the
 * dbt marts join for revenue by region), packed into the job jar by the build: one source of truth for both.
 */
public final class CountryRegions {
    static final String RESOURCE = "country_regions.csv";

    public record Country(String code, String name, String region, String currency) {
    }

    private final Map<String, Country> byCode;

    private CountryRegions(Map<String, Country> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    public static CountryRegions load() {
        try (InputStream in = CountryRegions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not in the job jar; build it with mvn package (the pom copies it "
                        + "from config/dbt/postgres_gold/seeds)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CountryRegions parse(String csv) {
        Map<String, Country> countries = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(csv))) {
            String header = reader.readLine();
            if (header == null || !header.trim().equals("country,country_name,region,currency")) {
                throw new IllegalStateException(RESOURCE + ": expected the header country,country_name,region,currency, found " + header);
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException(RESOURCE + ": expected 4 cells in '" + line + "'");
                }
                Country country = new Country(cells[0].trim().toUpperCase(Locale.ROOT), cells[1].trim(), cells[2].trim(), cells[3].trim());
                countries.put(country.code(), country);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CountryRegions(countries);
    }

    /** The country of a code as orders carry it (any case, surrounding blanks ignored, like stg_orders_snapshot's upper()). */
    public Optional<Country> of(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }
}
