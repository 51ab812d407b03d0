package dev.lsorg.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.deser.std.UUIDDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * Deserializers for the fields whose values repeat across a large org (role names, emails, names, the org, workspace,
 * role and user ids, login methods): read through {@link Json#reader} with a {@link Canon}, each value is replaced
 * by the canon's shared instance; read any other way they behave as Jackson's own. Ids that are unique to one
 * record are left alone, since sharing them would only cost a table entry.
 */
public final class Shared {
    private Shared() {
    }

    private static Canon canon(DeserializationContext ctx) {
        return (Canon) ctx.getAttribute(Canon.class);
    }

    /** A string shared through the canon. */
    public static final class Text extends StringDeserializer {
        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String s = super.deserialize(p, ctx);
            Canon canon = canon(ctx);
            return canon == null ? s : canon.of(s);
        }
    }

    /** An id shared through the canon. */
    public static final class Id extends UUIDDeserializer {
        private static final long serialVersionUID = 1L;

        @Override
        public UUID deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            UUID id = super.deserialize(p, ctx);
            Canon canon = canon(ctx);
            return canon == null ? id : canon.of(id);
        }
    }

    /**
     * A member's login methods: each method, and the list itself, shared through the canon (the same member's
     * logins come with the org list and with every workspace that holds the member). The shared list is read-only.
     */
    public static final class Logins extends JsonDeserializer<List<ProviderUserSlim>> {
        @Override
        public List<ProviderUserSlim> deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            JavaType type = ctx.getTypeFactory().constructCollectionType(List.class, ProviderUserSlim.class);
            List<ProviderUserSlim> logins = ctx.readValue(p, type);
            Canon canon = canon(ctx);
            return canon == null || logins == null ? logins : canon.of(logins.stream().map(canon::of).toList());
        }
    }
}
