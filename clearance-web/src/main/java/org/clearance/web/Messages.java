package org.clearance.web;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Every text the web application shows, from {@code messages.properties} (one place, so that a
 * translation is one more file, {@code messages_xx.properties}). Templates read them as
 * {@code {{t.key}}}; code formats them with {@link #format}.
 */
final class Messages {
    private final Locale locale;
    private final Map<String, String> texts;

    private Messages(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = Collections.unmodifiableMap(texts);
    }

    static Messages of(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.clearance.web.messages", locale);
        Map<String, String> texts = new HashMap<>();
        bundle.keySet().forEach(k -> texts.put(k, bundle.getString(k)));
        return new Messages(locale, texts);
    }

    /** The texts by key, for templates. */
    Map<String, String> all() {
        return texts;
    }

    /** A text with its {0}-style arguments filled in; a missing key is a bug, so it fails loudly. */
    String format(String key, Object... args) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text '" + key + "' in messages.properties");
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
