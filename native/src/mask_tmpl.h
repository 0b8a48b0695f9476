/* The mask kernels of one dtype; included by mask.c once per dtype with
 *   K4J_T      the element type (double, float, int64_t, int32_t)
 *   K4J_SFX    its suffix in function names (f64, f32, i64, i32)
 *   K4J_FLOAT  1 for a floating-point type (the NaN and infinity predicates and
 *              nan_to_num exist only then), 0 for an integer type
 *   K4J_INF    the type's +infinity (floating types only)
 * defined; they are undefined again at the end. No include guard on purpose.
 *
 * Masks are one byte per element; the kernels write 0 or 1 and read any
 * non-zero byte as true. Every loop is one pass that reads each input element
 * once, so a mask or array that another thread changes meanwhile gives
 * unspecified values, never an access outside the n elements. */

#define K4J_OP(op) K4J_FN(K4J_PASTE(op, K4J_SFX))
#define K4J_LOCAL(name) K4J_PASTE(name, K4J_SFX)

/* One loop per comparison, chosen once per call: the op switch stays out of
 * the loop so each loop vectorizes into compare + narrow + store. C's
 * relational operators are NumPy's: false when either side is NaN, except !=,
 * which is true; -0.0 == +0.0. */
#define K4J_CMP_LOOP(RHS, OPER) \
    K4J_IVDEP for (int64_t i = 0; i < n; i++) out[i] = (uint8_t)(a[i] OPER RHS);

#define K4J_CMP_SWITCH(RHS)                                  \
    switch (op) {                                            \
    case K4J_CMP_LT: K4J_CMP_LOOP(RHS, <) break;             \
    case K4J_CMP_LE: K4J_CMP_LOOP(RHS, <=) break;            \
    case K4J_CMP_EQ: K4J_CMP_LOOP(RHS, ==) break;            \
    case K4J_CMP_NE: K4J_CMP_LOOP(RHS, !=) break;            \
    case K4J_CMP_GT: K4J_CMP_LOOP(RHS, >) break;             \
    default: K4J_CMP_LOOP(RHS, >=) break;                    \
    }

int32_t K4J_OP(mask_cmp)(int32_t op, const K4J_T *a, const K4J_T *b, uint8_t *out, int64_t n) {
    K4J_CMP_SWITCH(b[i])
    return K4J_OK;
}

int32_t K4J_OP(mask_cmps)(int32_t op, const K4J_T *a, K4J_T s, uint8_t *out, int64_t n) {
    K4J_CMP_SWITCH(s)
    return K4J_OK;
}

/* where: out may be a or b itself (in place); the mask is another type, so it
 * is never the same memory as out (the Java layer copies an overlapping one). */
int32_t K4J_OP(mask_where)(const uint8_t *m, const K4J_T *a, const K4J_T *b, K4J_T *out, int64_t n) {
    K4J_IVDEP for (int64_t i = 0; i < n; i++) out[i] = m[i] != 0 ? a[i] : b[i];
    return K4J_OK;
}

int32_t K4J_OP(mask_wheres)(const uint8_t *m, const K4J_T *a, K4J_T s, int32_t swap, K4J_T *out, int64_t n) {
    if (swap) {
        K4J_IVDEP for (int64_t i = 0; i < n; i++) out[i] = m[i] != 0 ? s : a[i];
    } else {
        K4J_IVDEP for (int64_t i = 0; i < n; i++) out[i] = m[i] != 0 ? a[i] : s;
    }
    return K4J_OK;
}

int32_t K4J_OP(mask_wheress)(const uint8_t *m, K4J_T s, K4J_T u, K4J_T *out, int64_t n) {
    K4J_IVDEP for (int64_t i = 0; i < n; i++) out[i] = m[i] != 0 ? s : u;
    return K4J_OK;
}

/* NumPy's truthiness: an element is true when it is != 0, so NaN is true and
 * -0.0 false. Counted per block in a 32-bit lane sum, which vectorizes
 * without widening every element to 64 bits. */
int64_t K4J_OP(mask_countnz)(const K4J_T *x, int64_t n) {
    int64_t count = 0;
    for (int64_t start = 0; start < n; start += K4J_MASK_BLOCK) {
        int64_t end = n - start < K4J_MASK_BLOCK ? n : start + K4J_MASK_BLOCK;
        uint32_t c = 0;
        for (int64_t i = start; i < end; i++) c += (uint32_t)(x[i] != 0);
        count += c;
    }
    return count;
}

/* any / all stop at the end of the first block that decides the answer. */
int32_t K4J_OP(mask_any)(const K4J_T *x, int64_t n) {
    for (int64_t start = 0; start < n; start += K4J_MASK_BLOCK) {
        int64_t end = n - start < K4J_MASK_BLOCK ? n : start + K4J_MASK_BLOCK;
        uint32_t c = 0;
        for (int64_t i = start; i < end; i++) c |= (uint32_t)(x[i] != 0);
        if (c) return 1;
    }
    return 0;
}

int32_t K4J_OP(mask_all)(const K4J_T *x, int64_t n) {
    for (int64_t start = 0; start < n; start += K4J_MASK_BLOCK) {
        int64_t end = n - start < K4J_MASK_BLOCK ? n : start + K4J_MASK_BLOCK;
        uint32_t c = 0;
        for (int64_t i = start; i < end; i++) c |= (uint32_t)(x[i] == 0);
        if (c) return 0;
    }
    return 1;
}

#if K4J_FLOAT
/* x != x is the quiet NaN test; |x| compared with +Inf (a NaN compares false
 * both ways, so isinf and isfinite are false for it). */
int32_t K4J_OP(mask_isnan)(const K4J_T *x, uint8_t *out, int64_t n) {
    K4J_IVDEP for (int64_t i = 0; i < n; i++) out[i] = (uint8_t)(x[i] != x[i]);
    return K4J_OK;
}

int32_t K4J_OP(mask_isinf)(const K4J_T *x, uint8_t *out, int64_t n) {
    K4J_IVDEP for (int64_t i = 0; i < n; i++) out[i] = (uint8_t)((x[i] == K4J_INF) | (x[i] == -K4J_INF));
    return K4J_OK;
}

int32_t K4J_OP(mask_isfinite)(const K4J_T *x, uint8_t *out, int64_t n) {
    K4J_IVDEP for (int64_t i = 0; i < n; i++) out[i] = (uint8_t)((x[i] > -K4J_INF) & (x[i] < K4J_INF));
    return K4J_OK;
}

/* NaN -> nan, +Inf -> posinf, -Inf -> neginf, everything else (-0.0 too) kept. */
int32_t K4J_OP(mask_nantonum)(const K4J_T *x, K4J_T nan, K4J_T posinf, K4J_T neginf, K4J_T *out, int64_t n) {
    K4J_IVDEP for (int64_t i = 0; i < n; i++) {
        K4J_T v = x[i];
        v = v == K4J_INF ? posinf : v;
        v = v == -K4J_INF ? neginf : v;
        out[i] = x[i] != x[i] ? nan : v;
    }
    return K4J_OK;
}
#endif

#undef K4J_CMP_LOOP
#undef K4J_CMP_SWITCH
#undef K4J_OP
#undef K4J_LOCAL
#undef K4J_T
#undef K4J_SFX
#undef K4J_FLOAT
#undef K4J_INF
