package dev.lsorg.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.deser.std.UUIDDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
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
    public static final class Logins extends JsonDeserializer<List<ProviderUserSlim>>
            implements ContextualDeserializer {
        // The method's own deserializer, found once per property: looking the list's type and deserializer up for
        // each of 150,000 identities was over a third of decoding a 50,000-member org.
        private final JsonDeserializer<Object> method;

        public Logins() {
            this(null);
        }

        private Logins(JsonDeserializer<Object> method) {
            this.method = method;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctx, BeanProperty property)
                throws JsonMappingException {
            return method != null ? this
                    : new Logins(ctx.findContextualValueDeserializer(ctx.constructType(ProviderUserSlim.class),
                            property));
        }

        @Override
        public List<ProviderUserSlim> deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            Canon canon = canon(ctx);
            if (method == null || !p.isExpectedStartArrayToken()) {
                // not a list (Jackson's own answer: an error, or what its settings make of it), or no context
                JavaType type = ctx.getTypeFactory().constructCollectionType(List.class, ProviderUserSlim.class);
                List<ProviderUserSlim> logins = ctx.readValue(p, type);
                return canon == null || logins == null ? logins : canon.of(logins.stream().map(canon::of).toList());
            }
            List<ProviderUserSlim> logins = new ArrayList<>(2);
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                ProviderUserSlim one = t == JsonToken.VALUE_NULL ? null : (ProviderUserSlim) method.deserialize(p, ctx);
                logins.add(canon == null ? one : canon.of(one));
            }
            return canon == null ? logins : canon.of(Collections.unmodifiableList(logins));
        }
    }
}
