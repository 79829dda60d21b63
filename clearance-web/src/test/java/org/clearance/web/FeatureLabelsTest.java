package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.clearance.match.Feature;
import org.junit.jupiter.api.Test;

/** The review page labels each feature of an alert's explanation by the Feature table's id, none left as a bare id. */
class FeatureLabelsTest {
    @Test
    void everyFeatureOfTheTableHasAReviewLabel() {
        Messages messages = Messages.of(Locale.ENGLISH);
        for (Feature f : Feature.values()) {
            assertThat(messages.all()).as("review_feature_%s in messages.properties", f.id()).containsKey("review_feature_" + f.id());
        }
    }
}
