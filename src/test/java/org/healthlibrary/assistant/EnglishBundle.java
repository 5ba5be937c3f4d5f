package org.healthlibrary.assistant;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;

/**
 * A Qute message bundle's English defaults for plain unit tests (no Quarkus): an implementation
 * of the bundle interface that reads each method's {@link Message} text and fills in its
 * {@code {parameter}} placeholders. Only plain placeholders are supported, which is all our
 * bundles use; each bundle's golden test checks this stand-in against the real generated bundle.
 */
public final class EnglishBundle {

    private EnglishBundle() {
    }

    /** The English stand-in for {@code bundle}, an interface annotated with {@link MessageBundle}. */
    public static <T> T of(Class<T> bundle) {
        if (!bundle.isInterface() || !bundle.isAnnotationPresent(MessageBundle.class)) {
            throw new IllegalArgumentException(bundle + " is not a message bundle interface");
        }
        Object proxy = Proxy.newProxyInstance(bundle.getClassLoader(), new Class<?>[] {bundle},
                (self, method, args) -> switch (method.getName()) {
                    case "toString" -> "EnglishBundle(" + bundle.getSimpleName() + ")";
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> text(method, args);
                });
        return bundle.cast(proxy);
    }

    private static String text(Method method, Object[] args) {
        Message message = method.getAnnotation(Message.class);
        if (message == null) {
            throw new IllegalStateException(method + " has no @Message");
        }
        String text = message.value();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            text = text.replace("{" + parameters[i].getName() + "}", String.valueOf(args[i]));
        }
        if (text.matches("(?s).*\\{[A-Za-z_][^}]*}.*")) {
            throw new IllegalStateException(method + ": unsupported expression in " + text);
        }
        return text;
    }
}
