package fi.polku.reporting.messaging;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A projection statement's SQL with its named parameters ({@code :name}) turned into JDBC's positional ones. */
record PositionalSql(String sql, List<String> names) {

    /** The projectors' SQL strings are a fixed set (built from constant parts), so each is converted once. */
    private static final Map<String, PositionalSql> CONVERTED = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Integer> NULL_TYPES = Map.of(String.class, Types.VARCHAR,
            UUID.class, Types.OTHER, Integer.class, Types.INTEGER, Boolean.class, Types.BOOLEAN,
            BigDecimal.class, Types.NUMERIC, LocalDate.class, Types.DATE,
            OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE);

    static PositionalSql of(String namedSql) {
        return CONVERTED.computeIfAbsent(namedSql, PositionalSql::convert);
    }

    /** The parameters' values in the order of the SQL's placeholders. */
    Object[] values(Map<String, Object> parameters) {
        Object[] values = new Object[names.size()];
        for (int i = 0; i < values.length; i++) {
            String name = names.get(i);
            if (!parameters.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name + " in " + sql);
            }
            values[i] = parameters.get(name);
        }
        return values;
    }

    static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof ProjectionSql.Null typed) {
                statement.setNull(i + 1, NULL_TYPES.getOrDefault(typed.type(), Types.OTHER));
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }

    /** Leaves string literals and {@code ::} casts alone. */
    private static PositionalSql convert(String named) {
        StringBuilder sql = new StringBuilder(named.length());
        List<String> names = new ArrayList<>();
        boolean inLiteral = false;
        for (int i = 0; i < named.length(); i++) {
            char c = named.charAt(i);
            char next = i + 1 < named.length() ? named.charAt(i + 1) : 0;
            if (c == '\'') {
                inLiteral = !inLiteral;
            }
            if (inLiteral || c != ':') {
                sql.append(c);
            } else if (next == ':') {
                sql.append("::");
                i++;
            } else if (Character.isJavaIdentifierStart(next)) {
                int end = i + 1;
                while (end < named.length() && Character.isJavaIdentifierPart(named.charAt(end))) {
                    end++;
                }
                names.add(named.substring(i + 1, end));
                sql.append('?');
                i = end - 1;
            } else {
                sql.append(c);
            }
        }
        return new PositionalSql(sql.toString(), List.copyOf(names));
    }
}
