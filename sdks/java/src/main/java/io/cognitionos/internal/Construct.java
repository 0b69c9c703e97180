// Generated from generators/java/runtime/io/cognitionos/internal/Construct.java by generators/java. Do not edit: change that file.
package io.cognitionos.internal;

import io.cognitionos.AsyncPage;
import io.cognitionos.Page;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Builds the public classes whose constructors take the SDK's plumbing (a service takes the ClientCore,
 * a page its fetch functions). Those constructors are package-private, so no public signature names an
 * internal type; the SDK reaches them here, once per service and through one cached constructor for pages.
 */
public final class Construct {
    @SuppressWarnings("rawtypes")
    private static final Constructor<Page> PAGE = accessible(Page.class, List.class, boolean.class, String.class, Function.class);
    @SuppressWarnings("rawtypes")
    private static final Constructor<AsyncPage> ASYNC_PAGE = accessible(AsyncPage.class, List.class, boolean.class, String.class, Function.class);

    private Construct() {}

    /** A service of the client: built once, when the client is. */
    public static <T> T service(Class<T> type, ClientCore core) {
        return create(accessible(type, ClientCore.class), core);
    }

    @SuppressWarnings("unchecked")
    static <T> Page<T> page(List<T> data, boolean hasMore, String nextCursor, Function<String, Page<T>> fetch) {
        return create(PAGE, data, hasMore, nextCursor, fetch);
    }

    @SuppressWarnings("unchecked")
    static <T> AsyncPage<T> asyncPage(List<T> data, boolean hasMore, String nextCursor, Function<String, CompletableFuture<AsyncPage<T>>> fetch) {
        return create(ASYNC_PAGE, data, hasMore, nextCursor, fetch);
    }

    private static <T> Constructor<T> accessible(Class<T> type, Class<?>... parameters) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(parameters);
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the SDK's " + type.getName() + " lacks its constructor", e);
        }
    }

    private static <T> T create(Constructor<? extends T> constructor, Object... arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) throw (RuntimeException) e.getCause();
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the SDK's " + constructor.getDeclaringClass().getName(), e);
        }
    }
}
