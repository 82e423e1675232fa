// alentour.Error and its subclasses, raised with the CLI's message and the context the
// library attached (file, line, field), and the way a Ctrl-C caught in a progress
// callback comes back out as KeyboardInterrupt.

#include "bindings.hpp"

#include <alentour/error.hpp>

namespace alentour::python {
namespace {

// Python exception classes live as long as the interpreter: never destroyed, so no
// reference is dropped after it is gone.
struct ErrorClasses {
    py::handle error, input, cache, snap;
};
ErrorClasses& classes() {
    static ErrorClasses c;
    return c;
}

py::handle new_class(py::module_& m, const char* name, py::handle base, const char* doc) {
    py::object type = py::reinterpret_steal<py::object>(
        PyErr_NewExceptionWithDoc((std::string("alentour.") + name).c_str(), doc, base.ptr(), nullptr));
    if (!type) throw py::error_already_set();
    // Class-level defaults, so an Error raised from Python code has them too.
    type.attr("file") = py::none();
    type.attr("line") = py::none();
    type.attr("field") = py::none();
    type.attr("reason") = py::str("");
    m.attr(name) = type;
    return type.release();
}

void raise(py::handle type, const Error& e) {
    py::object exception = type(e.what());
    const ErrorContext& context = e.context();
    exception.attr("file") = context.file.empty() ? py::object(py::none()) : py::str(context.file);
    exception.attr("line") = context.line == 0 ? py::object(py::none()) : py::int_(context.line);
    exception.attr("field") = context.field.empty() ? py::object(py::none()) : py::str(context.field);
    exception.attr("reason") = e.reason();
    PyErr_SetObject(type.ptr(), exception.ptr());
}

void translate(std::exception_ptr pending) {
    try {
        if (pending) std::rethrow_exception(pending);
    } catch (PythonRaised& raised) {
        raised.error.restore();
    } catch (const SnapError& e) {
        raise(classes().snap, e);
    } catch (const CacheError& e) {
        raise(classes().cache, e);
    } catch (const InputError& e) {
        raise(classes().input, e);
    } catch (const Error& e) {
        raise(classes().error, e);
    }
}

} // namespace

void init_errors(py::module_& m) {
    auto& c = classes();
    c.error = new_class(m, "Error", PyExc_ValueError,
                        "Any failure alentour reports. `file`, `line` and `field` say where, when known; "
                        "str() is the message the command line prints.");
    c.input = new_class(m, "InputError", c.error, "Bad input: a file, a coordinate, an option (the CLI exits with 1).");
    c.cache = new_class(m, "CacheError", c.input, "A region cache that is damaged, truncated or of another format version.");
    c.snap = new_class(m, "SnapError", c.input, "A point that cannot be placed on the network (outside the region, too far from a way).");
    py::register_exception_translator(&translate);
}

} // namespace alentour::python
