package vn.dvhc.sql;

import java.util.Locale;

import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/** The two databases dvhc runs on, told from their URL, and how jOOQ talks to both. */
public final class SqlDialects {

    private SqlDialects() {
    }

    public static SQLDialect of(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new DvhcException(ErrorCode.USAGE, "unsupported database URL '" + url + "'", null,
                "use jdbc:postgresql://HOST:PORT/DATABASE, or leave --db out for the embedded H2 database");
    }

    /**
     * Generated names are lower case; rendering them unquoted lets H2 (upper case) and PostgreSQL (lower case)
     * both resolve them (stack.md 2d).
     */
    public static Settings jooqSettings() {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
    }
}
