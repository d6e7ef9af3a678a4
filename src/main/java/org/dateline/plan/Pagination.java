package org.dateline.plan;

/**
 * Where one page of a listing sits among its pages. Every answer is O(1): no page needs the list of
 * all the others.
 *
 * @param number this page, from 1
 * @param count how many pages the listing has (at least 1, even when it is empty)
 * @param firstPath the URL path of page 1; page N is at {@code firstPath + "page/N/"}
 */
public record Pagination(int number, int count, String firstPath) {

    public Pagination {
        if (count < 1 || number < 1 || number > count) {
            throw new IllegalArgumentException("page " + number + " of " + count);
        }
    }

    public static int pageCount(int items, int pageSize) {
        return Math.max(1, (items + pageSize - 1) / pageSize);
    }

    public String pathOf(int page) {
        return page == 1 ? firstPath : firstPath + "page/" + page + "/";
    }

    public String path() {
        return pathOf(number);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < count;
    }
}
