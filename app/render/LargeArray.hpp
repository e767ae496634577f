#pragma once
// Uninitialised scratch memory for the renderer's large arrays (the image, sorted point stamps,
// PNG rows: megabytes each), mapped with transparent huge pages where the kernel allows it
// (madvise mode). On the benchmark VM a first touch of a 4 KiB page costs microseconds, and a
// million-point render touches thousands of them; 2 MiB pages make that a handful. Nothing is
// zero-filled: every element must be written before it is read.

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>

namespace ecotown::render {

template <class T>
class LargeArray {
    static_assert(std::is_trivially_default_constructible_v<T> &&
                  std::is_trivially_destructible_v<T>);

  public:
    LargeArray() = default;
    explicit LargeArray(std::size_t count) : m_size(count) {
        if (count == 0)
            return;
        m_bytes = count * sizeof(T);
        // Huge pages need 2 MiB alignment: map a little more and give back the ragged ends.
        constexpr std::size_t kHuge = std::size_t(2) << 20, kPage = 4096;
        const std::size_t mapped = m_bytes >= kHuge ? m_bytes + kHuge : m_bytes;
        void* p =
            ::mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            throw std::bad_alloc();
        auto* begin = static_cast<char*>(p);
        if (mapped != m_bytes) {
            const auto address = reinterpret_cast<std::uintptr_t>(begin);
            char* aligned = begin + ((kHuge - address % kHuge) % kHuge);
            char* used = aligned + (m_bytes + kPage - 1) / kPage * kPage;
            if (aligned > begin)
                ::munmap(begin, static_cast<std::size_t>(aligned - begin));
            if (begin + mapped > used)
                ::munmap(used, static_cast<std::size_t>(begin + mapped - used));
            begin = aligned;
        }
        ::madvise(begin, m_bytes, MADV_HUGEPAGE);  // advice only: ignored where unsupported
        m_data = reinterpret_cast<T*>(begin);
    }
    ~LargeArray() { unmap(); }
    LargeArray(LargeArray&& o) noexcept
        : m_data(std::exchange(o.m_data, nullptr)),
          m_size(std::exchange(o.m_size, 0)),
          m_bytes(std::exchange(o.m_bytes, 0)) {}
    LargeArray& operator=(LargeArray&& o) noexcept {
        if (this != &o) {
            unmap();
            m_data = std::exchange(o.m_data, nullptr);
            m_size = std::exchange(o.m_size, 0);
            m_bytes = std::exchange(o.m_bytes, 0);
        }
        return *this;
    }
    LargeArray(const LargeArray&) = delete;
    LargeArray& operator=(const LargeArray&) = delete;

    T* data() { return m_data; }
    const T* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    T& operator[](std::size_t i) { return m_data[i]; }
    const T& operator[](std::size_t i) const { return m_data[i]; }
    // Gives up ownership; free with LargeArray<T>::free(pointer, count).
    T* release(std::size_t& count) {
        count = m_size;
        m_size = 0;
        m_bytes = 0;
        return std::exchange(m_data, nullptr);
    }
    static void free(T* data, std::size_t count) {
        if (data)
            ::munmap(data, count * sizeof(T));
    }

  private:
    void unmap() {
        if (m_data)
            ::munmap(m_data, m_bytes);
        m_data = nullptr;
    }
    T* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_bytes = 0;
};

}  // namespace ecotown::render
