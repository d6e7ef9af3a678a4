package org.dateline.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code card.title} on a view record: its accessor, found in a map the record's class keeps, so
 * that the templates' thousands of attributes a page do not each go through Pebble's member cache
 * (a key made, hashed and compared for every one: a few per cent of a build's time).
 *
 * <p>It gives what Pebble's own resolver gives: Pebble looks for {@code getTitle()},
 * {@code isTitle()} and {@code hasTitle()} before {@code title()}, so a component with any of those
 * beside it is left to Pebble, as is everything that is not a record component without arguments.
 */
final class RecordAttributes implements AttributeResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Map.of();
            }
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                String name = component.getName();
                if (!hasBeanStyleMethod(type, name)) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    accessors.put(name, accessor);
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private static boolean hasBeanStyleMethod(Class<?> type, String name) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && (method.getName().equals("get" + capitalised) || method.getName().equals("is" + capitalised)
                            || method.getName().equals("has" + capitalised))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] argumentValues, ArgumentsNode args,
                                     EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || argumentValues != null || !(attributeName instanceof String name)) {
            return null;
        }
        Method accessor = ACCESSORS.get(instance.getClass()).get(name);
        if (accessor == null) {
            return null;
        }
        try {
            return new ResolvedAttribute(accessor.invoke(instance));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new PebbleException(e, "could not read '" + name + "' of " + instance.getClass().getSimpleName(),
                    lineNumber, filename);
        }
    }
}
