extension UnsafeMutablePointer {
    /// A block twice as large as `capacity` holding the first `count` elements, moved out of this
    /// block, which is freed; `capacity` is doubled. (How the VM's hand-managed buffers grow.)
    func doubled(count: Int, capacity: inout Int) -> UnsafeMutablePointer<Pointee> {
        let grown = UnsafeMutablePointer<Pointee>.allocate(capacity: 2 * capacity)
        grown.moveInitialize(from: self, count: count)
        deallocate()
        capacity *= 2
        return grown
    }
}
