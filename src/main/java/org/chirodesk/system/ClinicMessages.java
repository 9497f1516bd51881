package org.chirodesk.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Page messages are bundle keys: {@code Messages.addGlobalInfo("staff.opened", name)} shows the
 * text of {@code staff.opened} in the visitor's language.
 */
@ApplicationScoped
public class ClinicMessages {

    public static final String BUNDLE = "org.chirodesk.messages";

    void useBundle(@Observes @Initialized(ApplicationScoped.class) Object start) {
        Messages.setResolver((key, parameters) -> MessageFormat.format(
                ResourceBundle.getBundle(BUNDLE, Faces.getLocale()).getString(key), parameters));
    }
}
