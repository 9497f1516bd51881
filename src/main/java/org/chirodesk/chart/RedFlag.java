package org.chirodesk.chart;

import java.util.Arrays;
import java.util.List;

/** The red flags screened for in low back pain. Cauda equina signs need action the same day. */
public enum RedFlag {
    BLADDER_OR_BOWEL_DISTURBANCE(true),
    SADDLE_ANAESTHESIA(true),
    BILATERAL_SCIATICA(true),
    PROGRESSIVE_NEUROLOGICAL_DEFICIT(true),
    SEXUAL_DYSFUNCTION(true),
    ONSET_BEFORE_20_OR_AFTER_50(false),
    HISTORY_OF_CANCER(false),
    UNEXPLAINED_WEIGHT_LOSS(false),
    NIGHT_PAIN(false),
    FEVER(false),
    IMMUNOSUPPRESSION(false),
    INTRAVENOUS_DRUG_USE(false),
    SIGNIFICANT_TRAUMA(false),
    OSTEOPOROSIS_OR_STEROID_USE(false);

    private final boolean caudaEquina;

    RedFlag(boolean caudaEquina) {
        this.caudaEquina = caudaEquina;
    }

    public boolean isCaudaEquina() {
        return caudaEquina;
    }

    public static List<RedFlag> caudaEquinaSigns() {
        return Arrays.stream(values()).filter(RedFlag::isCaudaEquina).toList();
    }

    public static List<RedFlag> seriousPathologyFlags() {
        return Arrays.stream(values()).filter(flag -> !flag.caudaEquina).toList();
    }

    /** Whether a red flag was found, ruled out, or not asked about. */
    public enum Answer {
        PRESENT,
        ABSENT,
        NOT_ASKED
    }
}
